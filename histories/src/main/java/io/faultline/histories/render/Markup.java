package io.faultline.histories.render;

/**
 * Escaping for HTML and SVG text and attribute values: the one escaper of every page Faultline writes (timelines,
 * counterexamples, run reports, the store browser, the comparison matrix, experiment plots). The output is also well-formed XML, so that a page can be
 * checked with an XML parser and embedded in other documents.
 */
public final class Markup {
    private static final char REPLACEMENT = '\uFFFD';

    private Markup() {
    }

    /** {@code s} safe inside an element or a quoted attribute; characters XML forbids become U+FFFD. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                appendEscaped(sb, c);
            }
        }
        return sb.toString();
    }

    private static void appendEscaped(StringBuilder sb, char c) {
        switch (c) {
            case '&' -> sb.append("&amp;");
            case '<' -> sb.append("&lt;");
            case '>' -> sb.append("&gt;");
            case '"' -> sb.append("&quot;");
            case '\'' -> sb.append("&#39;");
            default -> sb.append(allowedInXml(c) ? c : REPLACEMENT);
        }
    }

    /** XML 1.0's Char production, for a lone UTF-16 unit (paired surrogates are handled by the caller). */
    private static boolean allowedInXml(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
