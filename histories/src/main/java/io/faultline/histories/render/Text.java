package io.faultline.histories.render;

import io.faultline.histories.History;
import io.faultline.histories.model.Describe;
import java.util.Locale;

/**
 * Bounding and flattening of user data for display. Every value in a history is user data: it may be huge, hold
 * newlines or terminal escape sequences, so nothing is shown without passing through here.
 */
final class Text {
    private Text() {
    }

    /** At most {@code maxChars} characters, ending in {@code …} when cut; never splits a surrogate pair. */
    static String abbreviate(String s, int maxChars) {
        if (s.length() <= maxChars) {
            return s;
        }
        int cut = Math.max(0, maxChars - 1);
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut) + "…";
    }

    /** One line with no control characters: a newline or an escape sequence must not reshape a terminal. */
    static String oneLine(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                sb = sb != null ? sb : new StringBuilder(s.substring(0, i));
                sb.append(visible(c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Flattened, then cut to {@code maxChars}: the form every user value takes on screen. */
    static String bounded(String s, int maxChars) {
        return abbreviate(oneLine(s == null ? "" : s), maxChars);
    }

    /** A key as a person would write it; the register's placeholder key is not a user string. */
    static String key(Object key, int maxChars) {
        String shown = key == null || History.NO_KEY.equals(key) ? History.NO_KEY : Describe.value(key);
        return bounded(shown, maxChars);
    }

    /** {@code 100,000}: big counts are read at a glance. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1 call}, {@code 3 calls}. */
    static String plural(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String visible(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
        };
    }
}
