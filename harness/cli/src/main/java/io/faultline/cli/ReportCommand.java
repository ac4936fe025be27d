package io.faultline.cli;

import io.faultline.report.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline report DIR}: writes a stored run's {@code report.html} again, from its files alone. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write report.html for a stored run again (after an upgrade, or for an old run).",
            "DIR is a run directory such as store/latest or store/<test>/<timestamp>."},
        footer = {"", "Exit codes: 0 written, 3 DIR is not a stored run."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the run's directory")
    Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no such run directory: " + dir + " (give store/latest or store/<test>/<timestamp>)");
        }
        if (!Files.isRegularFile(dir.resolve("results.json")) || !Files.isRegularFile(dir.resolve("history.jsonl"))) {
            throw new UsageException(dir + " is not a stored run: it needs results.json and history.jsonl"
                    + " (give store/latest or store/<test>/<timestamp>)");
        }
        Path page = HtmlReport.write(dir);
        spec.commandLine().getOut().printf("report %s%n", page);
        return ExitCodes.VALID;
    }
}
