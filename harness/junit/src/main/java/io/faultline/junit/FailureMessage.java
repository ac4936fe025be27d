package io.faultline.junit;

import io.faultline.histories.check.weak.Finding;
import io.faultline.runner.RunFiles;
import io.faultline.runner.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The message of a failed requirement: what broke, the anomalies with their history lines (the counterexample
 * first), where the run's files are, and the command that replays it. Paths are absolute so that an IDE or a CI
 * log turns them into links.
 */
final class FailureMessage {
    private static final int ANOMALIES_SHOWN = 5;

    private FailureMessage() {
    }

    static String of(RunResult run, Consistency required, String headline) {
        List<String> lines = new ArrayList<>();
        lines.add(run.spec().testName() + " (seed " + run.spec().seed() + ", runtime " + run.spec().runtime() + ") is "
                + headline);
        List<Finding> anomalies = Requirement.breaking(required, run.summary());
        anomalies.stream().limit(ANOMALIES_SHOWN).forEach(f -> lines.add("  " + f.kind() + " at history lines "
                + f.ops() + ": " + f.description()));
        if (anomalies.size() > ANOMALIES_SHOWN) {
            lines.add("  … and " + (anomalies.size() - ANOMALIES_SHOWN) + " more in results.json");
        }
        run.files().ifPresent(files -> files(lines, files));
        lines.add("reproduce with: " + run.reproduceCommand());
        return String.join("\n", lines);
    }

    private static void files(List<String> lines, RunFiles files) {
        files.counterexamples().forEach(page -> lines.add("counterexample: " + absolute(page)));
        Path report = files.dir().resolve("report.html");
        if (Files.isRegularFile(report)) {
            lines.add("report:         " + absolute(report));
        }
        lines.add("timeline:       " + absolute(files.timeline()));
        lines.add("run folder:     " + absolute(files.dir()));
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
