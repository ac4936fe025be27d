package io.faultline.report;

import io.faultline.histories.Call;
import io.faultline.histories.Op;
import io.faultline.histories.check.Anomaly;
import io.faultline.report.chart.FaultBand;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A run report as one self-contained HTML page: the verdict first (and, when there is one, the counterexample
 * close-up), then the whole run's timeline, latency and throughput with the faults shaded, then the parameters and
 * the command that replays the run. CSS, SVG and the small script are inline: the page needs no network.
 */
final class ReportPage {
    private final ReportData data;
    private final ReportLimits limits;
    private final Set<String> runFiles;

    ReportPage(ReportData data, ReportLimits limits, Set<String> runFiles) {
        this.data = data;
        this.limits = limits;
        this.runFiles = runFiles;
    }

    String render() {
        List<Op> ops = data.history().ops();
        long endNanos = ops.isEmpty() ? 1 : Math.max(1, ops.get(ops.size() - 1).time());
        List<FaultBand> faults = FaultSpans.of(data.history().faultOps(), endNanos);
        CounterexampleMarks cx = data.counterexample();
        ChartSections charts = new ChartSections(data, limits, faults, anomalyLines(), endNanos, runFiles);
        String body = header(cx, faults, endNanos) + nav(cx) + "<main>\n" + VerdictSection.render(data)
                + (cx != null ? charts.counterexample(cx) : "") + charts.timeline(cx) + charts.latency()
                + charts.throughput() + RunSection.render(data, runFiles) + "</main>\n";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                + "<meta name=\"viewport\" content=\"width=device-width\"/>\n<link rel=\"icon\" href=\"data:,\"/>\n"
                + "<title>" + ReportMarkup.esc(data.test() + " · " + data.verdict()) + "</title>\n<style>\n"
                + ReportStyle.CSS + "</style>\n</head>\n<body data-verdict=\"" + ReportMarkup.esc(data.verdict()) + "\">\n"
                + body + "<script>\n" + ReportScript.JS + "</script>\n</body>\n</html>\n";
    }

    private String header(CounterexampleMarks cx, List<FaultBand> faults, long endNanos) {
        List<Call> calls = data.history().calls();
        long ok = calls.stream().filter(Call::isOk).count();
        long faultCount = faults.stream().filter(b -> b.to() > b.from()).count();
        String stats = ReportText.plural(calls.size(), "call") + ", " + ReportText.percent(calls.isEmpty() ? 100
                : 100.0 * ok / calls.size()) + " ok · " + ReportText.plural(faultCount, "fault") + " · "
                + ReportText.seconds(endNanos, 1e8) + (data.virtualTime() ? " of virtual time" : "");
        StringBuilder out = new StringBuilder("<header>\n<div class=\"title\"><h1>").append(ReportMarkup.esc(data.test()))
                .append("</h1>").append(ReportMarkup.pill(data.verdict())).append("</div>\n")
                .append(ReportMarkup.p("consistency", "Strongest model satisfied: " + data.consistency()))
                .append("<p class=\"meta\">seed <b>").append(data.seed()).append("</b> · commit <code>")
                .append(ReportMarkup.esc(data.commit())).append("</code> · ").append(ReportMarkup.esc(stats)).append("</p>\n");
        if (cx != null) {
            out.append("<p class=\"callout\"><b>Not linearizable.</b> <code class=\"cannot\">")
                    .append(ReportMarkup.esc(ReportText.bounded(cx.unplaceableText(), 160))).append("</code> cannot be placed after ")
                    .append(ReportMarkup.esc(ReportText.plural(cx.orderByLine().size(), "earlier call")))
                    .append(cx.unplaceableLine() >= 0 ? " (history line " + cx.unplaceableLine() + ")" : "")
                    .append(". <a class=\"cx-link\" href=\"#counterexample\">See the counterexample ↓</a></p>\n");
        }
        return out.append("</header>\n").toString();
    }

    private static String nav(CounterexampleMarks cx) {
        return "<nav><a href=\"#verdicts\">Verdicts</a>" + (cx != null ? "<a href=\"#counterexample\">Counterexample</a>"
                : "") + "<a href=\"#timeline\">Timeline</a><a href=\"#latency\">Latency</a>"
                + "<a href=\"#throughput\">Throughput</a><a href=\"#run\">Parameters &amp; replay</a></nav>\n";
    }

    /** Every history line some anomaly names: those calls are marked on the timeline. */
    private Set<Long> anomalyLines() {
        Set<Long> lines = new HashSet<>();
        data.checks().forEach(c -> c.anomalies().stream().map(Anomaly::ops).forEach(lines::addAll));
        return lines;
    }
}
