package io.faultline.cli;

import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.weak.Finding;
import io.faultline.runner.Reproduce;
import io.faultline.runner.RunFiles;
import io.faultline.runner.RunResult;
import io.faultline.runner.RunStats;
import io.faultline.runner.TestSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** What {@code faultline run} prints: the run, its checks and consistency, where it is stored, how to replay it. */
final class RunReport {
    private static final int ANOMALIES_SHOWN = 10;

    private final RunResult result;

    RunReport(RunResult result) {
        this.result = result;
    }

    void print(PrintWriter out) {
        printRun(out);
        printChecks(out);
        out.printf("%nstrongest model satisfied: %s%n", result.summary().statement());
        printAnomalies(out, result.summary().anomalies());
        printNotes(out);
        result.files().ifPresent(files -> printFiles(out, files));
        out.printf("%nreproduce with: %s%n", result.reproduceCommand());
    }

    private void printRun(PrintWriter out) {
        TestSpec spec = result.spec();
        RunStats stats = result.stats();
        out.printf("run      %s, seed %d, runtime %s, %d nodes%n", spec.testName(), spec.seed(), spec.runtime(),
                spec.nodeCount());
        out.printf("ops      %,d calls: %.1f%% ok, %.1f%% answered, %,d unknown; %,d fault%s%n", stats.calls(),
                stats.okPercent(), stats.availabilityPercent(), stats.unknown(), stats.faults(),
                stats.faults() == 1 ? "" : "s");
        out.printf("latency  p50 %s, p99 %s (%s time)%n%n", millis(stats.latencyP50Nanos()),
                millis(stats.latencyP99Nanos()), result.clock().label());
    }

    /** What a reader could misread: faults asked for but never injected, ops cut off by the deadline. */
    private void printNotes(PrintWriter out) {
        TestSpec spec = result.spec();
        if (!spec.nemeses().isEmpty() && result.stats().faults() == 0) {
            out.printf("%nnote: no fault was injected: faults start after one quiet --nemesis-interval (%s), and the"
                    + " run ended first (--time-limit %s)%n", Reproduce.duration(spec.nemesisInterval()),
                    Reproduce.duration(spec.timeLimit()));
        }
        if (!result.finished()) {
            out.printf("%nnote: the run hit its deadline with ops outstanding; they count as unknown%n");
        }
    }

    private void printChecks(PrintWriter out) {
        out.printf("%-20s %-8s %s%n", "check", "verdict", "summary");
        for (CheckResult r : result.results()) {
            out.printf("%-20s %-8s %s%n", r.checker(), r.verdict().name().toLowerCase(Locale.ROOT), r.summary());
        }
    }

    private static void printAnomalies(PrintWriter out, List<Finding> anomalies) {
        if (anomalies.isEmpty()) {
            return;
        }
        out.printf("%nanomalies (%,d):%n", anomalies.size());
        anomalies.stream().limit(ANOMALIES_SHOWN).forEach(a -> out.printf("  %-18s %s%n", a.kind(), a.description()));
        if (anomalies.size() > ANOMALIES_SHOWN) {
            out.printf("  … %,d more in results.json%n", anomalies.size() - ANOMALIES_SHOWN);
        }
    }

    private static void printFiles(PrintWriter out, RunFiles files) {
        out.printf("%nstored   %s%n", files.dir());
        files.report().ifPresent(page -> out.printf("report   %s%n", page));
        out.printf("timeline %s%n", files.timeline());
        files.counterexamples().forEach(page -> out.printf("counterexample %s%n", page));
    }

    /** Nanoseconds as milliseconds with one decimal, or a dash when nothing was measured. */
    static String millis(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
