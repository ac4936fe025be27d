package io.faultline.report;

import io.faultline.histories.Call;
import io.faultline.report.chart.FaultBand;
import java.util.List;
import java.util.Set;

/** The report's drawn sections: the counterexample close-up, the whole-run timeline, latency and throughput. */
final class ChartSections {
    private final ReportData data;
    private final ReportLimits limits;
    private final List<FaultBand> faults;
    private final Set<Long> anomalyLines;
    private final long endNanos;
    private final Set<String> runFiles;

    /** {@code runFiles} names the files beside the report, so that it links only to pages that exist. */
    ChartSections(ReportData data, ReportLimits limits, List<FaultBand> faults, Set<Long> anomalyLines, long endNanos,
                  Set<String> runFiles) {
        this.runFiles = runFiles;
        this.data = data;
        this.limits = limits;
        this.faults = faults;
        this.anomalyLines = anomalyLines;
        this.endNanos = endNanos;
    }

    /** The close-up of the counterexample's calls, with every other call that ran meanwhile, faded. */
    String counterexample(CounterexampleMarks cx) {
        List<Call> calls = data.history().calls().stream().filter(c -> cx.lines().contains(c.invokeIndex())).toList();
        long from = calls.stream().mapToLong(Call::invokeTime).min().orElse(0);
        long to = calls.stream().mapToLong(c -> TimelineWindow.end(c, endNanos)).max().orElse(from + 1);
        long pad = Math.max(1, (to - from) / 50);
        TimelineWindow window = TimelineWindow.of(data.history().calls(), Math.max(0, from - pad), to + pad, from,
                limits.closeUpCalls(), limits.overviewLanes(), cx.lines());
        String facts = ReportMarkup.facts("Key", ReportMarkup.code(cx.key()),
                "Longest linearizable order", ReportMarkup.esc(ReportText.plural(cx.orderByLine().size(), "call")
                        + ", numbered on the bars"),
                "State after it", ReportMarkup.code(cx.stateAfter()),
                "Cannot be placed next", "<code class=\"cannot\">" + ReportMarkup.esc(cx.unplaceableText()) + "</code>"
                        + (cx.unplaceableLine() >= 0 ? " (line " + cx.unplaceableLine() + ")" : ""));
        String chart = TimelineChart.draw(window, TimelineChart.Look.CLOSE_UP, limits.widthPx(), faults, cx,
                anomalyLines);
        String intro = ReportMarkup.p("lead", "The smallest failing history the checker found (" + ReportText.plural(cx.lines().size(),
                "call") + "), outlined, from " + ReportText.seconds(window.fromNanos(), 1e6) + " to " + ReportText.seconds(window.toNanos(), 1e6)
                + "; other calls running meanwhile are faded. The axis gives each moment when a call begins or ends"
                + " one slot, so order is exact and idle time takes no room.");
        String more = runFiles.contains("counterexample-linearizable.html")
                ? "<p><a href=\"counterexample-linearizable.html\">The counterexample in history-line order, with "
                + "the linearization as text</a></p>\n" : "";
        return ReportMarkup.section("counterexample", "Counterexample", intro + facts + chart + Legends.timeline(true) + more);
    }

    /** Every call of the run (up to the cap) in its process's lane, faults shaded. */
    String timeline(CounterexampleMarks cx) {
        Set<Long> marked = cx == null ? Set.of() : cx.lines();
        long focus = cx == null ? 0 : data.history().calls().stream().filter(c -> marked.contains(c.invokeIndex()))
                .mapToLong(Call::invokeTime).min().orElse(0);
        TimelineWindow window = TimelineWindow.of(data.history().calls(), 0, endNanos, focus, limits.overviewCalls(),
                limits.overviewLanes(), marked);
        String svg = TimelineChart.draw(window, TimelineChart.Look.OVERVIEW, limits.widthPx(), faults, cx,
                anomalyLines);
        String notice = window.leftOut() == 0 ? "" : ReportMarkup.p("notice", "Showing " + ReportText.count(window.drawn().size())
                + " of " + ReportText.plural(data.history().calls().size(), "call") + ": those invoked "
                + ReportText.seconds(window.fromNanos(), 1e6) + "–" + ReportText.seconds(window.toNanos(), 1e6)
                + (cx != null ? ", around the counterexample" : "") + ", in at most " + limits.overviewLanes()
                + " process lanes. The charts below cover every call.");
        return ReportMarkup.section("timeline", "Timeline", notice + svg
                + Legends.timeline(false));
    }

    String latency() {
        LatencyScatter.Drawn scatter = LatencyScatter.draw(data.history().calls(), endNanos, faults, limits.widthPx(),
                limits.scatterPoints());
        String notice = scatter.stride() == 1 ? "" : ReportMarkup.p("notice", "Drawing every " + scatter.stride()
                + "th call (" + ReportText.count(scatter.points()) + " points); the percentiles use every call.");
        return ReportMarkup.section("latency", "Latency", notice + Legends.scatter() + scatter.svg() + "\n"
                + PercentileTable.render(LatencyTable.rows(data.history().calls()), data.virtualTime()));
    }

    String throughput() {
        return ReportMarkup.section("throughput", "Throughput", Legends.throughput()
                + ThroughputChart.draw(data.history().calls(), endNanos, faults, limits.widthPx()));
    }
}
