package io.faultline.histories.render;

import java.util.Locale;

/** Small writers for SVG elements, so drawing code reads as geometry rather than string plumbing. */
final class Svg {
    private Svg() {
    }

    /** A coordinate: whole pixels print without a fraction, others with one decimal. */
    static String num(double v) {
        long whole = Math.round(v);
        return Math.abs(v - whole) < 0.05 ? Long.toString(whole) : String.format(Locale.ROOT, "%.1f", v);
    }

    static void rect(StringBuilder out, String cls, double x, double y, double width, double height) {
        roundedRect(out, cls, 0, x, y, width, height);
    }

    static void roundedRect(StringBuilder out, String cls, double rx, double x, double y, double width,
                            double height) {
        out.append("<rect class=\"").append(cls).append(rx > 0 ? "\" rx=\"" + num(rx) : "")
                .append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(Math.max(0, width))).append("\" height=\"").append(num(height))
                .append("\"/>");
    }

    static void line(StringBuilder out, String cls, double x1, double y1, double x2, double y2) {
        out.append("<line class=\"").append(cls).append("\" x1=\"").append(num(x1)).append("\" y1=\"")
                .append(num(y1)).append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append("\"/>");
    }

    /** A text element; {@code text} is escaped here. */
    static void text(StringBuilder out, String cls, double x, double y, String text) {
        out.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\">").append(Html.escape(text)).append("</text>");
    }

    /** A native tooltip for the enclosing element: shown on hover by every browser, no script needed. */
    static void title(StringBuilder out, String text) {
        out.append("<title>").append(Html.escape(text)).append("</title>");
    }
}
