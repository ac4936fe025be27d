package io.faultline.histories.codec;

/**
 * A piece of the input quoted in an error message: cut to a length fit for one line, and with control characters
 * and line separators written as escapes, so that whatever a file holds, its error stays one short line.
 */
final class Excerpt {
    static final int DEFAULT_CHARS = 60;

    private Excerpt() {
    }

    /** The first {@link #DEFAULT_CHARS} characters of {@code text}, escaped, with "…" when cut. */
    static String of(CharSequence text) {
        return of(text, DEFAULT_CHARS);
    }

    static String of(CharSequence text, int maxChars) {
        int shown = Math.min(text.length(), maxChars);
        StringBuilder out = new StringBuilder(shown + 8);
        for (int i = 0; i < shown; i++) {
            appendEscaped(out, text.charAt(i));
        }
        return shown < text.length() ? out.append('…').toString() : out.toString();
    }

    /** One character as it may appear in a message. */
    static String of(int c) {
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
