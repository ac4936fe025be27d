package io.faultline.histories.codec;

import io.faultline.histories.Excerpt;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Prints values as EDN that Clojure's reader (and so Knossos and Elle) and our {@link EdnReader} read back:
 * strings quoted and escaped, lists as vectors, sets as {@code #{}}, maps as {@code {k v, k v}}, {@code nil}
 * for null, {@code 42N}/{@code 1.5M} for big numbers, {@code ##NaN}/{@code ##Inf} for non-finite doubles.
 */
final class EdnText {
    private static final int EXCERPT_CHARS = 40;

    private EdnText() {
    }

    static String print(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** The EDN text of a value cut to a length fit for an error message. */
    static String excerpt(Object value) {
        return Excerpt.of(print(value), EXCERPT_CHARS);
    }

    static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("nil");
            case String s -> appendString(out, s);
            case Double d -> appendDouble(out, d);
            case Float f -> appendDouble(out, f.doubleValue());
            case BigInteger b -> out.append(b).append('N');
            case BigDecimal b -> out.append(b).append('M');
            case Character c -> appendCharacter(out, c);
            case Map<?, ?> map -> appendMap(out, map);
            case Set<?> set -> appendAll(out.append("#{"), set).append('}');
            case Collection<?> list -> appendAll(out.append('['), list).append(']');
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Keyword k -> out.append(k);
            case Symbol s -> out.append(s);
            default -> appendString(out, value.toString());
        }
    }

    static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> appendPlainOrEscaped(out, s, i);
            }
        }
        out.append('"');
    }

    /** Control characters, and lone surrogates (which UTF-8 cannot carry), go out as backslash-u escapes. */
    private static void appendPlainOrEscaped(StringBuilder out, String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || c == 0x7f || isLoneSurrogate(s, i)) {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    private static void appendDouble(StringBuilder out, double d) {
        if (Double.isNaN(d)) {
            out.append("##NaN");
        } else if (Double.isInfinite(d)) {
            out.append(d > 0 ? "##Inf" : "##-Inf");
        } else {
            out.append(d);
        }
    }

    private static void appendCharacter(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\newline");
            case ' ' -> out.append("\\space");
            case '\t' -> out.append("\\tab");
            case '\r' -> out.append("\\return");
            default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : "\\" + c);
        }
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> e = entries.next();
            append(out, e.getKey());
            append(out.append(' '), e.getValue());
            out.append(entries.hasNext() ? ", " : "");
        }
        out.append('}');
    }

    private static StringBuilder appendAll(StringBuilder out, Collection<?> items) {
        Iterator<?> it = items.iterator();
        while (it.hasNext()) {
            append(out, it.next());
            out.append(it.hasNext() ? " " : "");
        }
        return out;
    }

    /**
     * Whether {@code name} can be written as a keyword that Clojure reads back to the same name: it starts with
     * a letter or one of {@code *+!-_?<>=}, not a sign followed by a digit, and goes on with letters, digits and
     * {@code *+!-_?<>=.}. Anything else is written as a string.
     */
    static boolean isKeywordName(String name) {
        if (name.isEmpty() || !isKeywordStart(name.charAt(0))) {
            return false;
        }
        if (name.length() > 1 && (name.charAt(0) == '+' || name.charAt(0) == '-') && isAsciiDigit(name.charAt(1))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isKeywordStart(c) && !isAsciiDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isKeywordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || "*+!-_?<>=".indexOf(c) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
