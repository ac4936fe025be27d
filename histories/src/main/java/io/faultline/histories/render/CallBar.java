package io.faultline.histories.render;

import io.faultline.histories.Call;
import java.util.Locale;

/**
 * One call drawn as a bar from its invocation to its completion, in its process's lane. A call with an unknown
 * outcome may take effect at any later time, so its bar runs on, faded and dashed, to the right edge and ends in
 * a {@code ?}. A call in the linearizable prefix carries its number; the call that cannot be placed is outlined.
 */
final class CallBar {
    static final double BAR_TOP_PX = 14;
    static final double BAR_PX = 22;
    /** Width of one character of the 12 px monospace bar font: how much text fits in a bar. */
    private static final double CHAR_PX = 7.3;
    private static final double INSET_PX = 2;
    private static final double PAD_PX = 6;

    private CallBar() {
    }

    static void draw(StringBuilder out, Call call, double laneY, Axis axis, Timeline timeline, RenderOptions options) {
        int order = timeline.orderOf().applyAsInt(call.id());
        boolean cannot = call.id() == timeline.highlightedId();
        out.append("<g class=\"").append(classes(call, order, cannot)).append("\">");
        Svg.title(out, CallText.tooltip(call, order, cannot, options.maxTextChars()));
        double y = laneY + BAR_TOP_PX;
        double x = axis.startX(call.invokeIndex()) + INSET_PX;
        double solidEnd = solidEnd(call, axis);
        double barEnd = call.isUnknown() ? axis.rightEdgeX() - INSET_PX : solidEnd;
        Svg.roundedRect(out, "bar", 4, x, y, solidEnd - x, BAR_PX);
        if (call.isUnknown()) {
            Svg.roundedRect(out, "bar maybe", 4, solidEnd, y, barEnd - solidEnd, BAR_PX);
            Svg.text(out, "q", barEnd - PAD_PX - 2, y + 16, "?");
        }
        double textX = order > 0 ? badge(out, order, x, y) : x + PAD_PX;
        double textEnd = call.isUnknown() ? barEnd - 3 * PAD_PX : barEnd - PAD_PX;
        label(out, CallText.operation(call, options.maxTextChars()), textX, textEnd, y);
        if (cannot) {
            Svg.text(out, "cannot-label", x, y - 4, "cannot be placed");
        }
        out.append("</g>\n");
    }

    /** The width this call's bar needs to show its label, cut to {@code maxChars}, badge included. */
    static double neededPx(Call call, int order, int maxChars) {
        double badge = order > 0 ? 18 + Integer.toString(order).length() * 6.5 : 0;
        double question = call.isUnknown() ? 2 * PAD_PX : 0;
        return CallText.operation(call, maxChars).length() * CHAR_PX + badge + question + 2 * PAD_PX + 2 * INSET_PX;
    }

    private static String classes(Call call, int order, boolean cannot) {
        String outcome = call.outcome().name().toLowerCase(Locale.ROOT);
        return "call " + outcome + (order > 0 ? " placed" : "") + (cannot ? " cannot" : "");
    }

    /** The end of what is known: the completion line, or for an unknown call its info line (or its invocation). */
    private static double solidEnd(Call call, Axis axis) {
        long known = call.completeIndex() >= 0 ? call.completeIndex() : call.invokeIndex();
        return axis.endX(known) - INSET_PX;
    }

    /** The order number in a dark pill at the bar's start; returns where the label text may begin. */
    private static double badge(StringBuilder out, int order, double x, double y) {
        String number = Integer.toString(order);
        double width = 10 + number.length() * 6.5;
        Svg.roundedRect(out, "badge", 8, x + 3, y + 3, width, 16);
        Svg.text(out, "num", x + 3 + width / 2, y + 15, number);
        return x + 3 + width + 5;
    }

    /** The operation's text, cut to what fits between {@code x} and {@code end}; omitted when nothing useful fits. */
    private static void label(StringBuilder out, String text, double x, double end, double y) {
        int fits = (int) ((end - x) / CHAR_PX);
        if (fits >= 3 || fits >= text.length()) {
            Svg.text(out, "op", x, y + 15.5, Text.abbreviate(text, Math.max(1, fits)));
        }
    }
}
