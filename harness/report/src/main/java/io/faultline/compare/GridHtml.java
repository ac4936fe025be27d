package io.faultline.compare;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The page's first picture: per runtime, systems down and faults across, each square filled with the color of the
 * strongest model the run kept, with its anomalies and costs underneath; a square links to its row in the table.
 */
final class GridHtml {

    private GridHtml() {
    }

    static void append(StringBuilder html, Matrix matrix, List<CellResult> cells) {
        for (String runtime : matrix.runtimes()) {
            if (matrix.runtimes().size() > 1) {
                html.append("<h3>runtime ").append(CompareMarkup.esc(runtime)).append("</h3>\n");
            }
            html.append("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th></th>");
            matrix.nemeses().forEach(n -> html.append("<th>").append(CompareMarkup.esc(faultTitle(n))).append("</th>"));
            html.append("<th>worst case</th></tr></thead><tbody>\n");
            for (String system : matrix.systems()) {
                html.append("<tr><th class=\"sys\">").append(CompareMarkup.esc(system)).append("</th>");
                List<CellResult> row = cells.stream()
                        .filter(c -> c.cell().runtime().equals(runtime) && c.cell().system().equals(system)).toList();
                row.forEach(c -> square(html, c));
                html.append("<td class=\"worst\">").append(worstCase(row)).append("</td></tr>\n");
            }
            html.append("</tbody></table></div>\n");
        }
    }

    private static void square(StringBuilder html, CellResult cell) {
        html.append("<td class=\"").append(CompareMarkup.modelClass(cell)).append("\" title=\"")
                .append(CompareMarkup.esc(cell.statement())).append("\"><a href=\"#").append(CompareMarkup.anchor(cell.cell()))
                .append("\"><span class=\"g-model\">").append(CompareMarkup.esc(CompareMarkup.modelLabel(cell))).append("</span>")
                .append("<span class=\"g-anom\">").append(CompareMarkup.words(anomalies(cell), ", ")).append("</span>")
                .append("<span class=\"g-kpi\">").append(costs(cell)).append("</span></a></td>");
    }

    /**
     * {@code no anomalies}, or the kinds with counts in the legend's order, the four session guarantees counted
     * together so that a square stays small: {@code not-linearizable ×1, stale-read ×3, session ×8}.
     */
    static String anomalies(CellResult cell) {
        if (cell.strongest().isEmpty()) {
            return cell.statement();
        }
        if (cell.anomalies().isEmpty()) {
            return "no anomalies";
        }
        return Legend.grouped(cell.anomalies()).entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The weakest model a system kept across the faults, and under which: the row's answer in one line. */
    private static String worstCase(List<CellResult> row) {
        List<CellResult> ran = row.stream().filter(c -> c.strongest().isPresent()).toList();
        if (ran.isEmpty()) {
            return "";
        }
        int worst = ran.stream().mapToInt(c -> Legend.rank(c.strongest().get())).max().getAsInt();
        List<CellResult> worstCells = ran.stream().filter(c -> Legend.rank(c.strongest().get()) == worst).toList();
        String model = worstCells.get(0).strongest().get();
        String under = worstCells.size() == row.size() ? "under every fault"
                : "under " + worstCells.stream().map(c -> faultTitle(c.cell().nemesis())).collect(Collectors.joining(", "));
        return "<span class=\"chip m-" + model + "\">" + model + "</span><span class=\"under\">"
                + CompareMarkup.esc(under) + "</span>";
    }

    /** ok %, p99 and messages per call, each kept whole when the square is narrow. */
    private static String costs(CellResult cell) {
        if (cell.strongest().isEmpty()) {
            return "";
        }
        String messages = cell.messagesPerCall().isPresent()
                ? String.format(Locale.ROOT, "%.1f msg/op", cell.messagesPerCall().getAsDouble()) : "— msg/op";
        return CompareMarkup.words(CompareMarkup.percent(cell.okPercent()) + "% ok · p99 " + CompareMarkup.millis(cell.latencies().p99Nanos())
                + " ms", " · ") + "<br>" + CompareMarkup.words(messages, "\n");
    }

    private static String faultTitle(String nemesis) {
        return nemesis.equals("none") ? "no faults" : nemesis;
    }
}
