package io.faultline.histories.render;

import java.util.Locale;

/**
 * Small writers for SVG elements, so that drawing code reads as geometry rather than string plumbing: the one SVG
 * kit of every page Faultline draws. Text passes through {@link Markup#escape}, so user data (keys, values, error
 * messages) can never break out of an element or an attribute; classes and path data are the caller's own.
 */
public final class Svg {
    private Svg() {
    }

    /** A coordinate: whole pixels print without a fraction, others with one decimal. */
    public static String num(double v) {
        long whole = Math.round(v);
        return Math.abs(v - whole) < 0.05 ? Long.toString(whole) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Opens an {@code <svg>} of the given size; close it with {@code </svg>}. */
    public static StringBuilder open(String cls, double width, double height) {
        String w = num(width);
        String h = num(height);
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cls)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\">\n");
    }

    /** A rectangle; a negative width or height draws nothing rather than an invalid element. */
    public static void rect(StringBuilder out, String cls, double x, double y, double width, double height) {
        roundedRect(out, cls, 0, x, y, width, height);
    }

    public static void roundedRect(StringBuilder out, String cls, double rx, double x, double y, double width,
                                   double height) {
        out.append("<rect class=\"").append(cls).append(rx > 0 ? "\" rx=\"" + num(rx) : "")
                .append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(Math.max(0, width))).append("\" height=\"")
                .append(num(Math.max(0, height))).append("\"/>");
    }

    public static void line(StringBuilder out, String cls, double x1, double y1, double x2, double y2) {
        out.append("<line class=\"").append(cls).append("\" x1=\"").append(num(x1)).append("\" y1=\"")
                .append(num(y1)).append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append("\"/>");
    }

    public static void circle(StringBuilder out, String cls, double cx, double cy, double r) {
        out.append("<circle class=\"").append(cls).append("\" cx=\"").append(num(cx)).append("\" cy=\"")
                .append(num(cy)).append("\" r=\"").append(num(r)).append("\"/>");
    }

    /** An open line through {@code points} ({@code x,y} pairs in order); no points draw nothing. */
    public static void polyline(StringBuilder out, String cls, double[][] points) {
        if (points.length == 0) {
            return;
        }
        StringBuilder data = new StringBuilder();
        for (double[] p : points) {
            data.append(data.isEmpty() ? "" : " ").append(num(p[0])).append(',').append(num(p[1]));
        }
        out.append("<polyline class=\"").append(cls).append("\" points=\"").append(data).append("\"/>");
    }

    /** A path from SVG path data (numbers only, built by the caller). */
    public static void path(StringBuilder out, String cls, String data) {
        out.append("<path class=\"").append(cls).append("\" d=\"").append(data).append("\"/>");
    }

    /** A text element anchored as its class says; {@code text} is escaped here. */
    public static void text(StringBuilder out, String cls, double x, double y, String text) {
        out.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\">").append(Markup.escape(text)).append("</text>");
    }

    /** A native tooltip for the enclosing element: shown on hover by every browser, no script needed. */
    public static void title(StringBuilder out, String text) {
        out.append("<title>").append(Markup.escape(text)).append("</title>");
    }
}
