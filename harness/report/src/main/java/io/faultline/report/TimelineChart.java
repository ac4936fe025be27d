package io.faultline.report;

import io.faultline.histories.Call;
import io.faultline.histories.model.Describe;
import io.faultline.report.chart.FaultBand;
import io.faultline.histories.render.Svg;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * A stretch of the run as lanes over time: one lane per client process, each call a bar from its invocation to its
 * completion, coloured by outcome, the faults in force shaded across every lane. Calls of the counterexample are
 * outlined (the one that cannot be placed in red, the others numbered by their place in the longest linearizable
 * order), and every bar carries its history lines in {@code data-line} (invocation) and {@code data-end}
 * (completion, -1 for none), so that the page's script can find the calls an anomaly names by either line.
 */
final class TimelineChart {
    private static final double GUTTER_PX = 48;
    private static final double ORIGIN_PX = 26;
    private static final double AXIS_PX = 34;
    private static final double CHAR_PX = 6.6;

    /** How a timeline looks: compact lanes for the whole run, or tall labelled lanes for a close-up. */
    record Look(String cls, double laneHeightPx, double barHeightPx, boolean labels) {
        static final Look OVERVIEW = new Look("overview", 15, 10, false);
        static final Look CLOSE_UP = new Look("close-up", 40, 22, true);
    }

    private static final double SLOT_PX = 46;

    private final TimelineWindow window;
    private final Look look;
    private final CounterexampleMarks marks;
    private final Set<Long> anomalyLines;
    private final Map<Long, Integer> laneOf = new HashMap<>();
    private final TimeAxis x;
    private final double width;
    private final double bottom;

    private TimelineChart(TimelineWindow window, Look look, double widthPx, CounterexampleMarks marks,
                          Set<Long> anomalyLines) {
        this.window = window;
        this.look = look;
        this.marks = marks;
        this.anomalyLines = anomalyLines;
        window.lanes().forEach(p -> laneOf.put(p, laneOf.size()));
        this.bottom = AXIS_PX + window.lanes().size() * look.laneHeightPx();
        if (look.labels()) {
            long[] moments = window.drawn().stream().flatMapToLong(c -> LongStream.of(c.invokeTime(),
                    TimelineWindow.end(c, window.toNanos()))).toArray();
            long slots = LongStream.of(moments).distinct().count();
            double slotPx = Math.max(SLOT_PX, (widthPx - GUTTER_PX - ORIGIN_PX - 12) / Math.max(1, slots));
            this.x = TimeAxis.ordinal(moments, ORIGIN_PX, slotPx);
            this.width = ORIGIN_PX + slots * slotPx + 12;
        } else {
            this.x = TimeAxis.linear(window.fromNanos(), window.toNanos(), ORIGIN_PX, widthPx - GUTTER_PX - 12);
            this.width = widthPx - GUTTER_PX;
        }
    }

    /**
     * The chart of {@code window}, {@code widthPx} wide (a close-up may be wider and scroll), faults behind the
     * lanes: a gutter naming the lanes, which stays put, beside the lanes themselves, which scroll sideways.
     */
    static String draw(TimelineWindow window, Look look, double widthPx, List<FaultBand> faults, CounterexampleMarks marks,
                       Set<Long> anomalyLines) {
        TimelineChart chart = new TimelineChart(window, look, widthPx, marks, anomalyLines);
        return "<div class=\"frame\">" + chart.gutter() + "<div class=\"scroll\">" + chart.svg(faults)
                + "</div></div>\n";
    }

    private String gutter() {
        StringBuilder out = Svg.open("gutter", GUTTER_PX, bottom + 8);
        for (int lane = 0; lane < window.lanes().size(); lane++) {
            double y = laneTop(lane);
            Svg.rect(out, lane % 2 == 0 ? "lane" : "lane odd", 0, y, GUTTER_PX, look.laneHeightPx());
            Svg.text(out, "lane-label", GUTTER_PX - 8, y + look.laneHeightPx() / 2 + 4,
                    "p" + window.lanes().get(lane));
        }
        return out.append("</svg>").toString();
    }

    private String svg(List<FaultBand> faults) {
        StringBuilder out = Svg.open("timeline " + look.cls(), width, bottom + 8);
        drawLanes(out);
        faults.stream().filter(this::visible).forEach(band -> drawFault(out, band));
        x.drawTicks(out, AXIS_PX, bottom);
        if (!look.labels()) {
            drawCounterexampleMark(out);
        }
        for (Call call : window.drawn()) {
            drawCall(out, call);
        }
        return out.append("</svg>").toString();
    }

    private boolean visible(FaultBand band) {
        return band.to() >= window.fromNanos() && band.from() <= window.toNanos();
    }

    private void drawFault(StringBuilder out, FaultBand band) {
        double x1 = x.startX((long) Math.max(band.from(), window.fromNanos()));
        double x2 = x.endX((long) Math.min(band.to(), window.toNanos()));
        out.append("<g class=\"fault ").append(band.kind()).append("\">");
        Svg.title(out, band.label());
        if (band.to() <= band.from()) {
            Svg.line(out, "instant", x1, AXIS_PX, x1, bottom);
        } else {
            Svg.rect(out, "band", x1, AXIS_PX, Math.max(1, x2 - x1), bottom - AXIS_PX);
        }
        out.append("</g>\n");
    }

    /** On the whole-run timeline, a bracket over the counterexample's stretch that links to its close-up. */
    private void drawCounterexampleMark(StringBuilder out) {
        if (marks == null) {
            return;
        }
        List<Call> cx = window.drawn().stream().filter(c -> marks.lines().contains(c.invokeIndex())).toList();
        if (cx.isEmpty()) {
            return;
        }
        double x1 = x.startX(cx.stream().mapToLong(Call::invokeTime).min().orElse(0));
        double x2 = Math.max(x1 + 3, x.endX(cx.stream().mapToLong(c -> TimelineWindow.end(c, window.toNanos()))
                .max().orElse(0)));
        out.append("<a href=\"#counterexample\" class=\"cx-mark cx-link\">");
        Svg.title(out, "the counterexample: click for its close-up");
        Svg.rect(out, "cx-span", x1 - 2, AXIS_PX - 7, x2 - x1 + 4, 4);
        Svg.text(out, "cx-mark-label", x2 + 6, AXIS_PX - 2, "counterexample");
        out.append("</a>\n");
    }

    private void drawLanes(StringBuilder out) {
        for (int lane = 0; lane < window.lanes().size(); lane++) {
            double y = laneTop(lane);
            Svg.rect(out, lane % 2 == 0 ? "lane" : "lane odd", 0, y, width, look.laneHeightPx());
        }
    }

    private void drawCall(StringBuilder out, Call call) {
        long line = call.invokeIndex();
        double top = laneTop(laneOf.get(call.process())) + (look.laneHeightPx() - look.barHeightPx()) / 2;
        double x1 = x.startX(call.invokeTime()) + (look.labels() ? 2 : 0);
        double x2 = Math.max(x1 + 2, x.endX(TimelineWindow.end(call, window.toNanos())) - (look.labels() ? 2 : 0));
        out.append("<g class=\"").append(classes(call)).append("\" data-line=\"").append(line)
                .append("\" data-end=\"").append(call.completeIndex()).append("\">");
        Svg.title(out, tooltip(call));
        Svg.rect(out, "bar", x1, top, x2 - x1, look.barHeightPx());
        if (look.labels()) {
            label(out, call, x1, x2, top);
        }
        out.append("</g>\n");
    }

    private void label(StringBuilder out, Call call, double x1, double x2, double top) {
        Integer order = marks == null ? null : marks.orderByLine().get(call.invokeIndex());
        String text = (order != null ? order + ". " : "") + Describe.call(call);
        int fits = (int) ((x2 - x1 - 8) / CHAR_PX);
        if (fits >= 4) {
            Svg.text(out, "label", x1 + 4, top + look.barHeightPx() / 2 + 4, ReportText.bounded(text, fits));
        }
        if (isCannot(call)) {
            Svg.text(out, "cannot-label", x1, top - 3, "cannot be placed");
        }
    }

    private String classes(Call call) {
        StringBuilder cls = new StringBuilder("op ").append(call.outcome().name().toLowerCase(Locale.ROOT))
                .append(" f-").append(call.f().replaceAll("[^A-Za-z0-9-]", "_"));
        if (marks != null && marks.lines().contains(call.invokeIndex())) {
            cls.append(" cx");
        }
        if (isCannot(call)) {
            cls.append(" cannot");
        }
        if (anomalyLines.contains(call.invokeIndex()) || anomalyLines.contains(call.completeIndex())) {
            cls.append(" anomalous");
        }
        return cls.toString();
    }

    private boolean isCannot(Call call) {
        return marks != null && marks.unplaceableLine() == call.invokeIndex();
    }

    private String tooltip(Call call) {
        StringBuilder tip = new StringBuilder("p").append(call.process()).append(' ')
                .append(ReportText.bounded(Describe.call(call), 160)).append('\n')
                .append(ReportText.seconds(call.invokeTime(), 1e6)).append(" → ")
                .append(call.completeTime() >= 0 ? ReportText.seconds(call.completeTime(), 1e6) + " ("
                        + ReportText.duration(call.completeTime() - call.invokeTime()) + ")" : "never completed")
                .append("\nhistory lines ").append(call.invokeIndex())
                .append(call.completeIndex() >= 0 ? "–" + call.completeIndex() : "");
        if (call.node() != null) {
            tip.append(", node ").append(ReportText.bounded(call.node(), 40));
        }
        if (call.error() != null) {
            tip.append("\nerror: ").append(ReportText.bounded(call.error(), 160));
        }
        Integer order = marks == null ? null : marks.orderByLine().get(call.invokeIndex());
        if (order != null) {
            tip.append("\n#").append(order).append(" in the longest linearizable order");
        }
        return isCannot(call) ? tip.append("\ncannot be placed after that order").toString() : tip.toString();
    }

    private double laneTop(int lane) {
        return AXIS_PX + lane * look.laneHeightPx();
    }
}
