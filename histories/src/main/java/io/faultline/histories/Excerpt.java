package io.faultline.histories;

/**
 * A piece of the input quoted in an error message: cut to a length fit for one line, and with control characters
 * and line separators written as escapes, so that whatever a file holds, its error stays one short line.
 */
public final class Excerpt {
    public static final int DEFAULT_CHARS = 60;

    private Excerpt() {
    }

    /** {@code text} escaped, cut to at most {@link #DEFAULT_CHARS} characters and "…". */
    public static String of(CharSequence text) {
        return of(text, DEFAULT_CHARS);
    }

    /** {@code text} escaped, cut to at most {@code maxChars} characters (escapes counted as written) and "…". */
    public static String of(CharSequence text, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 8);
        for (int i = 0; i < text.length(); i++) {
            int before = out.length();
            appendEscaped(out, text.charAt(i));
            if (out.length() > maxChars) {
                out.setLength(before);
                return out.append('…').toString();
            }
        }
        return out.toString();
    }

    /** One character as it may appear in a message. */
    public static String of(int c) {
        return c < 0 ? "end of input" : of(String.valueOf((char) c));
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }
}
