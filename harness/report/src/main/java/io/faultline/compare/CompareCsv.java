package io.faultline.compare;

import io.faultline.runner.Reproduce;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comparison as CSV. {@code compare.csv} holds only what the seed decides (in the simulator, latencies are
 * virtual time), so the same matrix and seed write the same file byte for byte; {@code runs.csv} holds what does
 * not: each cell's run folder (named by the wall clock) and how long it took on this machine.
 */
public final class CompareCsv {

    private CompareCsv() {
    }

    /** {@code compare.csv}: one row per cell, a column per anomaly kind. */
    public static String table(List<CellResult> cells) {
        List<String> kinds = Legend.kindColumns(cells);
        List<String> header = new ArrayList<>(List.of("runtime", "system", "nemesis", "workload", "seed", "strongest",
                "consistency"));
        header.addAll(kinds);
        header.addAll(List.of("calls", "ok", "answered", "ok_pct", "answered_pct", "latency_clock", "p50_ms",
                "p95_ms", "p99_ms", "max_ms", "node_messages", "messages_per_call", "reproduce"));
        StringBuilder csv = new StringBuilder(line(header));
        for (CellResult cell : cells) {
            csv.append(line(row(cell, kinds)));
        }
        return csv.toString();
    }

    /** {@code runs.csv}: where each cell's run is stored and its wall time. */
    public static String runs(List<CellResult> cells) {
        StringBuilder csv = new StringBuilder(line(List.of("runtime", "system", "nemesis", "run_dir",
                "wall_seconds")));
        for (CellResult cell : cells) {
            csv.append(line(List.of(cell.cell().runtime(), cell.cell().system(), cell.cell().nemesis(),
                    cell.runDir().map(Path::toString).orElse(""),
                    cell.wallSeconds() < 0 ? "" : fixed(cell.wallSeconds(), 2))));
        }
        return csv.toString();
    }

    public static void write(Path file, String csv) {
        try {
            Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> row(CellResult cell, List<String> kinds) {
        Matrix.Cell c = cell.cell();
        List<String> row = new ArrayList<>(List.of(c.runtime(), c.system(), c.nemesis(), c.spec().workload(),
                Long.toString(c.spec().seed()), cell.strongest().orElse(""), cell.statement()));
        kinds.forEach(kind -> row.add(Long.toString(cell.anomalies().getOrDefault(kind, 0L))));
        Latencies l = cell.latencies();
        row.addAll(List.of(Long.toString(cell.calls()), Long.toString(cell.ok()), Long.toString(cell.answered()),
                fixed(cell.okPercent(), 1), fixed(cell.answeredPercent(), 1),
                cell.clock().key(), millis(l.p50Nanos()), millis(l.p95Nanos()),
                millis(l.p99Nanos()), millis(l.maxNanos()),
                cell.nodeMessages() < 0 ? "" : Long.toString(cell.nodeMessages()),
                cell.messagesPerCall().isPresent() ? fixed(cell.messagesPerCall().getAsDouble(), 2) : "",
                cell.strongest().isPresent() ? cell.reproduce() : Reproduce.command(c.spec())));
        return row;
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "" : fixed(nanos / 1e6, 3);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String line(List<String> fields) {
        return String.join(",", fields.stream().map(CompareCsv::quote).toList()) + "\n";
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    private static String quote(String field) {
        return field.matches("[^,\"\r\n]*") ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
