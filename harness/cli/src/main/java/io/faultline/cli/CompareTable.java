package io.faultline.cli;

import io.faultline.compare.CellResult;
import io.faultline.compare.Latencies;
import io.faultline.compare.Legend;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The comparison in the terminal: one line per cell, the anomalies column as wide as its widest entry. */
final class CompareTable {
    private static final String ANOMALIES = "anomalies";

    private final List<CellResult> cells;
    private final boolean showRuntime;

    CompareTable(List<CellResult> cells, boolean showRuntime) {
        this.cells = cells;
        this.showRuntime = showRuntime;
    }

    void print(PrintWriter out) {
        int width = Math.max(ANOMALIES.length(), cells.stream().mapToInt(c -> anomalies(c).length()).max().orElse(0));
        int systemWidth = widest(cells.stream().map(c -> c.cell().system()).toList(), "system");
        int faultsWidth = widest(cells.stream().map(c -> c.cell().nemesis()).toList(), "faults");
        String row = (showRuntime ? "%-8s " : "%s") + "%-" + systemWidth + "s %-" + faultsWidth + "s %-15s %-"
                + width + "s %6s %9s %9s %9s %7s%n";
        out.println();
        out.printf(row, showRuntime ? "runtime" : "", "system", "faults", "strongest", ANOMALIES, "ok %", "p50",
                "p95", "p99", "msg/op");
        for (CellResult cell : cells) {
            Latencies l = cell.latencies();
            out.printf(row, showRuntime ? cell.cell().runtime() : "", cell.cell().system(), cell.cell().nemesis(),
                    strongest(cell), anomalies(cell), cell.strongest().isPresent()
                            ? String.format(Locale.ROOT, "%.1f", cell.okPercent()) : "-",
                    RunReport.millis(l.p50Nanos()), RunReport.millis(l.p95Nanos()), RunReport.millis(l.p99Nanos()),
                    cell.messagesPerCall().isPresent()
                            ? String.format(Locale.ROOT, "%.1f", cell.messagesPerCall().getAsDouble()) : "-");
        }
        out.printf("%nstrongest: on the ladder linearizable > sequential > session > eventual (>= when a stronger one"
                + " was undecided);%nsession: session-guarantee violations; ok %%: calls that succeeded; latencies of"
                + " ok calls (virtual time in sim); msg/op: node-to-node messages per call%n");
    }

    private static int widest(List<String> values, String header) {
        return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
    }

    private static String strongest(CellResult cell) {
        return cell.strongest().map(m -> (cell.strongerUndecided() ? ">= " : "") + m).orElse("not run");
    }

    private static String anomalies(CellResult cell) {
        if (cell.anomalies().isEmpty()) {
            return cell.strongest().isPresent() ? "none" : "-";
        }
        return Legend.grouped(cell.anomalies()).entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
