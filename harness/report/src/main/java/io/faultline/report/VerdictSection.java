package io.faultline.report;

import io.faultline.histories.check.Anomaly;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every checker's verdict and summary, and under each the anomalies it found (a single one is its summary, so
 * only its lines are added). Each anomaly links to its history lines: the page's script highlights those calls on the timeline and scrolls to them. The counterexample's
 * checker links to the counterexample's close-up.
 */
final class VerdictSection {
    static final int ANOMALIES_SHOWN = 30;

    private VerdictSection() {
    }

    static String render(ReportData data) {
        StringBuilder out = new StringBuilder("<table class=\"checks\">\n<thead><tr><th>check</th><th>verdict</th>"
                + "<th>summary</th></tr></thead>\n<tbody>\n");
        for (CheckView check : data.checks()) {
            out.append("<tr class=\"check ").append(ReportMarkup.esc(check.verdict())).append("\"><td class=\"name\">")
                    .append(ReportMarkup.esc(check.checker())).append("</td><td>").append(ReportMarkup.pill(check.verdict()))
                    .append("</td><td>").append(ReportMarkup.esc(ReportText.bounded(check.summary(), 600)));
            if (check.anomalies().size() == 1) {
                out.append(linesLink(check.anomalies().get(0).ops()));
            }
            if (check.hasCounterexample()) {
                out.append(" <a class=\"cx-link\" href=\"#counterexample\">show the counterexample ↓</a>");
            }
            out.append("</td></tr>\n");
            if (check.anomalies().size() > 1) {
                out.append("<tr class=\"anomalies\"><td></td><td colspan=\"2\">").append(anomalies(check))
                        .append("</td></tr>\n");
            }
        }
        return ReportMarkup.section("verdicts", "Verdicts", out.append("</tbody>\n</table>\n").toString());
    }

    private static String anomalies(CheckView check) {
        List<Anomaly> all = check.anomalies();
        StringBuilder out = new StringBuilder("<details").append(all.size() <= 2 ? " open" : "").append("><summary>")
                .append(ReportMarkup.esc(ReportText.plural(all.size(), "anomaly").replace("anomalys", "anomalies")))
                .append("</summary>\n<ul class=\"anomaly-list\">\n");
        for (Anomaly anomaly : all.subList(0, Math.min(all.size(), ANOMALIES_SHOWN))) {
            out.append("<li><span class=\"kind\">").append(ReportMarkup.esc(anomaly.kind())).append("</span> ")
                    .append(ReportMarkup.esc(ReportText.bounded(anomaly.description(), 400))).append(linesLink(anomaly.ops()))
                    .append("</li>\n");
        }
        if (all.size() > ANOMALIES_SHOWN) {
            out.append("<li class=\"more\">… ").append(ReportText.count(all.size() - ANOMALIES_SHOWN))
                    .append(" more in results.json</li>\n");
        }
        return out.append("</ul>\n</details>\n").toString();
    }

    /** {@code lines 22–39}, a link the script turns into a highlight of those calls. */
    private static String linesLink(List<Long> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        long first = lines.stream().mapToLong(Long::longValue).min().orElse(0);
        long last = lines.stream().mapToLong(Long::longValue).max().orElse(0);
        String all = lines.stream().map(String::valueOf).collect(Collectors.joining(" "));
        return " <a class=\"lines\" href=\"#timeline\" data-lines=\"" + all + "\">"
                + (first == last ? "line " + first : "lines " + first + "–" + last) + "</a>";
    }
}
