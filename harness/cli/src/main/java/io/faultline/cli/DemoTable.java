package io.faultline.cli;

import io.faultline.histories.check.weak.ConsistencySummary;
import io.faultline.runner.RunResult;
import io.faultline.runner.RunStats;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The demo's comparison table, then where each row's evidence is: its counterexample pages, or its results. */
final class DemoTable {
    /** The anomalies column is as wide as its widest entry, so that every row stays on one line. */
    private static final String ANOMALIES = "anomalies found";
    private static final String LEGEND = String.join("%n", "",
            "strongest: the strongest model kept, on the ladder linearizable > sequential > session > eventual",
            "(>= when a stronger one was undecided in the check's time); session: session-guarantee violations;",
            "ok %%: calls that succeeded; served %%: calls the system decided (ok, or a cas refused on its value);",
            "p50/p99: latency of ok calls in virtual time. Evidence:", "");
    private static final String ROW = "%%-15s %%-10s %%-14s %%-%ds %%6s %%8s %%9s %%9s%%n";
    private static final Set<String> SESSION_GUARANTEES = Set.copyOf(ConsistencySummary.SESSION_GUARANTEES);

    private final List<RunResult> results;

    DemoTable(List<RunResult> results) {
        this.results = results;
    }

    void print(PrintWriter out) {
        int anomaliesWidth = results.stream().mapToInt(run -> anomalies(run).length()).max().orElse(0);
        String row = ROW.formatted(Math.max(ANOMALIES.length(), anomaliesWidth));
        out.println();
        out.printf(row, "system", "faults", "strongest", ANOMALIES, "ok %", "served %", "p50", "p99");
        for (RunResult run : results) {
            RunStats stats = run.stats();
            out.printf(row, run.spec().system(), faults(run), strongest(run), anomalies(run),
                    percent(stats.okPercent()), percent(stats.availabilityPercent()),
                    RunReport.millis(stats.latencyP50Nanos()), RunReport.millis(stats.latencyP99Nanos()));
        }
        out.printf(LEGEND);
        results.stream().filter(run -> !run.summary().anomalies().isEmpty()).forEach(run -> evidence(out, run));
    }

    /** The strongest model kept, marked {@code >=} when a stronger one could not be decided in the check's time. */
    private static String strongest(RunResult run) {
        boolean strongerUndecided = run.summary().statement().contains(" unknown");
        return (strongerUndecided ? ">= " : "") + run.summary().strongest();
    }

    /**
     * Each anomaly kind with how often it was found, the four session guarantees counted together so that a row
     * fits a line: {@code lost-write, session x4, stale-read x12}.
     */
    private static String anomalies(RunResult run) {
        Map<String, Long> counts = run.summary().anomalies().stream()
                .map(f -> SESSION_GUARANTEES.contains(f.kind()) ? "session" : f.kind())
                .collect(Collectors.groupingBy(kind -> kind, LinkedHashMap::new, Collectors.counting()));
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void evidence(PrintWriter out, RunResult run) {
        String row = run.spec().system() + "/" + faults(run) + ": ";
        run.files().ifPresent(files -> {
            files.counterexamples().forEach(page -> out.printf("  %s%s%n", row, page));
            if (files.counterexamples().isEmpty()) {
                out.printf("  %s%s%n", row, files.results());
            }
        });
    }

    private static String faults(RunResult run) {
        return run.spec().nemeses().isEmpty() ? "none" : String.join(",", run.spec().nemeses());
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
