package io.faultline.report;

import java.util.List;

/** The latency percentiles of {@link LatencyTable} as an HTML table. */
final class PercentileTable {
    private PercentileTable() {
    }

    static String render(List<LatencyTable.Row> rows, boolean virtualTime) {
        StringBuilder out = new StringBuilder("<table class=\"numbers\">\n<thead><tr><th>f</th><th>calls</th>"
                + "<th>ok</th><th>fail</th><th>info</th><th>p50</th><th>p95</th><th>p99</th><th>max</th></tr>"
                + "</thead>\n<tbody>\n");
        for (LatencyTable.Row row : rows) {
            out.append("<tr").append(row.f().equals("all") ? " class=\"total\"" : "").append("><td>")
                    .append(ReportMarkup.esc(row.f())).append("</td>");
            for (long n : new long[] {row.calls(), row.ok(), row.fail(), row.unknown()}) {
                out.append("<td>").append(ReportText.count(n)).append("</td>");
            }
            for (long nanos : new long[] {row.p50(), row.p95(), row.p99(), row.max()}) {
                out.append("<td>").append(ReportMarkup.esc(ReportText.duration(nanos))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return out + ReportMarkup.p("note", "Percentiles of the calls that completed ok (HdrHistogram, 3 significant digits), "
                + "in " + (virtualTime ? "the simulator's virtual time: they replay with the seed and say nothing "
                + "about this machine's speed." : "wall-clock time."));
    }
}
