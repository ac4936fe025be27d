package io.faultline.compare;

import io.faultline.runner.TestSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The table of every cell: the model kept and why, anomalies by kind, availability, latency percentiles,
 * messages per call, the run's files, and the command that replays it.
 */
final class RowsHtml {

    private static final String HEAD = "<table class=\"detail\"><thead><tr><th>system</th><th>faults</th>"
            + "<th>strongest model</th><th>anomalies</th><th>availability</th><th>p50</th><th>p95</th><th>p99</th>"
            + "<th>msg / op</th><th>run files</th></tr></thead><tbody>\n";
    private static final int COLUMNS = 10;

    private RowsHtml() {
    }

    static void append(StringBuilder html, Path pageDir, List<CellResult> cells) {
        html.append(HEAD);
        String previousSystem = "";
        for (CellResult cell : cells) {
            String system = cell.cell().runtime() + "/" + cell.cell().system();
            row(html, pageDir, cell, !system.equals(previousSystem));
            previousSystem = system;
        }
        html.append("</tbody></table>\n");
    }

    private static void row(StringBuilder html, Path pageDir, CellResult cell, boolean firstOfSystem) {
        Matrix.Cell c = cell.cell();
        html.append("<tr id=\"").append(CompareMarkup.anchor(c)).append("\"").append(firstOfSystem ? " class=\"main first\"" : " class=\"main\"")
                .append("><td class=\"sys\">").append(CompareMarkup.esc(c.system()))
                .append(c.runtime().equals(TestSpec.defaults().runtime()) ? "" : " <span class=\"dash\">(" + CompareMarkup.esc(c.runtime()) + ")</span>")
                .append("</td><td>").append(CompareMarkup.esc(c.nemesis())).append("</td>");
        html.append("<td><span class=\"chip ").append(CompareMarkup.modelClass(cell)).append("\">")
                .append(CompareMarkup.esc(CompareMarkup.modelLabel(cell))).append("</span>");
        if (!cell.statement().equals(cell.strongest().orElse(""))) {
            html.append("<span class=\"stmt\">").append(CompareMarkup.esc(cell.statement())).append("</span>");
        }
        html.append("</td>");
        html.append("<td>").append(anomalies(cell)).append("</td>");
        html.append("<td class=\"num\">").append(availability(cell)).append("</td>");
        Latencies l = cell.latencies();
        String clock = cell.clock().label();
        for (long nanos : new long[] {l.p50Nanos(), l.p95Nanos(), l.p99Nanos()}) {
            html.append("<td class=\"num\" title=\"").append(clock).append(" time\">").append(CompareMarkup.millis(nanos))
                    .append(nanos < 0 ? "" : " ms").append("</td>");
        }
        html.append("<td class=\"num\">").append(messages(cell)).append("</td>");
        html.append("<td class=\"files\">").append(files(pageDir, cell)).append("</td></tr>\n");
        // the replay command gets a line of its own under its row: it is long, and people copy it whole
        html.append("<tr class=\"cmd\"><td></td><td colspan=\"").append(COLUMNS - 1)
                .append("\"><div class=\"repro\"><span class=\"dash\">replay</span><code>")
                .append(CompareMarkup.words(cell.reproduce(), " "))
                .append("</code><button class=\"copy\" type=\"button\">copy</button></div></td></tr>\n");
    }

    private static String anomalies(CellResult cell) {
        if (cell.strongest().isEmpty()) {
            return "<span class=\"dash\">—</span>";
        }
        if (cell.anomalies().isEmpty()) {
            return "<span class=\"clean\">none</span>";
        }
        StringBuilder chips = new StringBuilder();
        for (String kind : Legend.kindColumns(List.of(cell))) {
            // one chip per kind, in the legend's order, so the same kind sits in the same place on every row
            Long count = cell.anomalies().get(kind);
            if (count != null) {
                chips.append("<span class=\"kind\" title=\"").append(CompareMarkup.esc(Legend.ANOMALIES.getOrDefault(kind, "")))
                        .append("\">").append(CompareMarkup.esc(kind)).append(" <b>").append(count).append("</b></span>");
            }
        }
        return chips.toString();
    }

    private static String availability(CellResult cell) {
        if (cell.strongest().isEmpty()) {
            return "<span class=\"dash\">—</span>";
        }
        return String.format(Locale.ROOT, "%,d / %,d ok <b>%s%%</b><div class=\"bar\" title=\"%s%% answered\">"
                        + "<i class=\"served\" style=\"width:%.1f%%\"></i><i style=\"width:%.1f%%\"></i></div>",
                cell.ok(), cell.calls(), CompareMarkup.percent(cell.okPercent()), CompareMarkup.percent(cell.answeredPercent()),
                cell.answeredPercent(), cell.okPercent());
    }

    private static String messages(CellResult cell) {
        return cell.messagesPerCall().isPresent()
                ? String.format(Locale.ROOT, "%.1f", cell.messagesPerCall().getAsDouble())
                : "<span class=\"dash\" title=\"this runtime cannot count messages\">—</span>";
    }

    /** The run's pages and data; report.html is linked even before a run has one (older runs do not). */
    private static String files(Path pageDir, CellResult cell) {
        if (cell.runDir().isEmpty()) {
            return "<span class=\"dash\">" + CompareMarkup.esc(cell.statement()) + "</span>";
        }
        Path dir = cell.runDir().get();
        StringBuilder links = new StringBuilder();
        link(links, pageDir, dir.resolve("report.html"), "report");
        counterexamples(dir).forEach(page -> link(links, pageDir, page, "counterexample"));
        link(links, pageDir, dir.resolve("timeline.html"), "timeline");
        link(links, pageDir, dir.resolve("history.jsonl"), "history.jsonl");
        link(links, pageDir, dir.resolve("results.json"), "results.json");
        link(links, pageDir, dir.resolve("logs"), "logs/");
        return links.toString();
    }

    private static void link(StringBuilder links, Path pageDir, Path target, String label) {
        links.append("<a href=\"").append(CompareMarkup.href(pageDir, target)).append("\">").append(label).append("</a> ");
    }

    private static List<Path> counterexamples(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("counterexample-")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
