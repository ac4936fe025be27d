package io.faultline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.faultline.histories.History;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Counterexample;
import io.faultline.histories.check.linear.LinearizabilityDetails;
import io.faultline.histories.check.weak.ConsistencySummary;
import io.faultline.histories.check.weak.Finding;
import io.faultline.histories.check.weak.Summary;
import io.faultline.histories.codec.Format;
import io.faultline.histories.model.Model;
import io.faultline.histories.render.CounterexampleText;
import io.faultline.histories.render.RenderOptions;
import io.faultline.histories.render.TimelineHtml;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code faultline check} prints and writes for one history. */
final class CheckReport {
    private static final int ANOMALIES_SHOWN = 10;

    private final Path path;
    private final Format format;
    private final History history;
    private final Model<?> model;
    private final List<CheckResult> results;
    private final Summary summary;

    CheckReport(Path path, Format format, History history, Model<?> model, List<CheckResult> results) {
        this.path = path;
        this.format = format;
        this.history = history;
        this.model = model;
        this.results = results;
        this.summary = ConsistencySummary.of(results);
    }

    void print(PrintWriter out) {
        out.printf("history  %s (%s, %,d operations, %,d key(s), %,d nemesis ops)%n", path, format.cliName(),
                history.calls().size(), history.callsByKey().size(), history.nemesisOps().size());
        out.printf("model    %s%n%n", model.name());
        out.printf("%-20s %-8s %s%n", "check", "verdict", "summary");
        for (CheckResult r : results) {
            out.printf("%-20s %-8s %s%n", r.checker(), r.verdict().name().toLowerCase(Locale.ROOT), r.summary());
        }
        out.printf("%nstrongest model satisfied: %s%n", summary.statement());
        printAnomalies(out);
        counterexample().ifPresent(cx -> out.printf("%n%s", CounterexampleText.render(cx, callsInKey(cx))));
    }

    private void printAnomalies(PrintWriter out) {
        List<Finding> all = summary.anomalies();
        if (all.isEmpty()) {
            return;
        }
        out.printf("%nanomalies (%,d, each once with the checks that found it):%n", all.size());
        all.stream().limit(ANOMALIES_SHOWN).forEach(a -> out.printf("  %-18s ops %s  %s  [%s]%n", a.kind(),
                shortList(a.ops()), a.description(), String.join(", ", a.checkers())));
        if (all.size() > ANOMALIES_SHOWN) {
            out.printf("  … %,d more (see --results)%n", all.size() - ANOMALIES_SHOWN);
        }
    }

    private static String shortList(List<Long> ops) {
        return ops.size() <= 6 ? ops.toString() : ops.subList(0, 6).toString().replace("]", ", …]");
    }

    /** Writes the counterexample timeline, if there is one; a failure to write is a warning, not an error. */
    void writeCounterexample(Path out, PrintWriter stdout, PrintWriter stderr) {
        counterexample().ifPresent(cx -> {
            Path target = htmlTarget(out);
            try {
                TimelineHtml.write(target, "Faultline: " + path.getFileName(), cx, RenderOptions.defaults());
                stdout.printf("%ncounterexample: %s%n", target);
            } catch (IOException e) {
                stderr.printf("warning: could not write the counterexample to %s (%s); choose a place with --out%n",
                        target, e.getMessage());
            }
        });
    }

    private Path htmlTarget(Path out) {
        String name = path.getFileName() + ".counterexample.html";
        if (out == null) {
            Path dir = path.toAbsolutePath().getParent();
            return dir.resolve(name);
        }
        return Files.isDirectory(out) ? out.resolve(name) : out;
    }

    void writeJson(Path target) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("history", path.toString());
        doc.put("format", format.cliName());
        doc.put("model", model.name());
        doc.put("summary", summary);
        doc.put("results", results);
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(target.toFile(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.Optional<Counterexample> counterexample() {
        return results.stream().map(CheckResult::details)
                .filter(LinearizabilityDetails.class::isInstance).map(LinearizabilityDetails.class::cast)
                .map(LinearizabilityDetails::counterexample).filter(java.util.Objects::nonNull).findFirst();
    }

    private int callsInKey(Counterexample cx) {
        return model.partition(history).getOrDefault(cx.key(), List.of()).size();
    }
}
