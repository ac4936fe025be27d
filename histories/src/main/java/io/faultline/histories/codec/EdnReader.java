package io.faultline.histories.codec;

import io.faultline.histories.Excerpt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A small recursive-descent reader for the EDN that Jepsen, Knossos and Elle histories use, and a bit more.
 *
 * <p>Reads: maps ({@link LinkedHashMap}, in order), vectors and lists ({@link List}), sets ({@link
 * LinkedHashSet}), {@link Keyword}s, {@link Symbol}s, strings with escapes, characters ({@link Character}),
 * integers ({@link Long}, or {@link java.math.BigInteger} with {@code N} or past a long), floats ({@link Double},
 * or {@link java.math.BigDecimal} with {@code M}), ratios (as a Double), {@code ##Inf}/{@code ##NaN}, {@code nil},
 * {@code true}, {@code false}. Skips whitespace, commas, {@code ;} comments and {@code #_} discarded forms.
 * Tagged literals ({@code #inst "…"}, {@code #jepsen.history.Op{…}}) read as their value: the tag is dropped.
 *
 * <p>Reads one value at a time from the {@link EdnScanner}, so a caller can walk a huge top-level vector element
 * by element. Errors name the line and column: {@code h.edn:3:14: unterminated string}.
 *
 * <p>Limits, so that no input can overflow the stack or exhaust memory: values nest at most {@link #MAX_DEPTH}
 * deep (the reader is recursive, and a few kilobytes of {@code [[[[} would otherwise end in a
 * StackOverflowError), and one top-level value spans at most {@link EdnScanner#MAX_VALUE_CHARS} characters.
 */
final class EdnReader {
    /**
     * Every value counts as a level, a scalar too. Jackson's default limit for JSON is also 1000 (arrays and
     * objects), so every op read here can be written as JSONL and read back.
     */
    static final int MAX_DEPTH = 1000;
    private final EdnScanner in;
    private final EdnAtoms atoms;
    private int depth;

    EdnReader(EdnScanner in) {
        this.in = in;
        this.atoms = new EdnAtoms(in);
    }

    /** Skips what is not a value; returns the next character, unconsumed, or {@link EdnScanner#END}. */
    int skipToValue() {
        while (true) {
            int c = in.peek();
            if (c == ',' || (c != EdnScanner.END && Character.isWhitespace(c))) {
                in.read();
            } else if (c == ';') {
                skipComment();
            } else if (c == '#' && in.peekSecond() == '_') {
                discard();
            } else {
                return c;
            }
        }
    }

    /** Reads the next value, which must exist. */
    Object readValue() {
        int c = skipToValue();
        long line = in.line();
        int column = in.column();
        enter(line, column);
        try {
            return readValue(c, line, column);
        } finally {
            leave();
        }
    }

    /** {@code #_} and the form after it, which is read and dropped: it nests, and is bounded, like any value. */
    private void discard() {
        long line = in.line();
        int column = in.column();
        in.read();
        in.read();
        enter(line, column);
        try {
            readValue();
        } finally {
            leave();
        }
    }

    private void enter(long line, int column) {
        if (depth == MAX_DEPTH) {
            throw in.errorAt(line, column, "nesting deeper than " + MAX_DEPTH);
        }
        if (depth++ == 0) {
            in.startValue(line, column);
        }
    }

    private void leave() {
        if (--depth == 0) {
            in.endValue();
        }
    }

    private Object readValue(int c, long line, int column) {
        return switch (c) {
            case EdnScanner.END -> throw in.error("unexpected end of input, expected a value");
            case '{' -> readMap(line, column);
            case '[' -> readElements(']', "vector", new ArrayList<>(), line, column);
            case '(' -> readElements(')', "list", new ArrayList<>(), line, column);
            case ')', ']', '}' -> throw in.error("unexpected " + (char) c);
            case '"' -> atoms.string();
            case ':' -> atoms.keyword();
            case '\\' -> atoms.character();
            case '#' -> readDispatch(line, column);
            default -> atoms.numberOrSymbol();
        };
    }

    private void skipComment() {
        int c;
        do {
            c = in.read();
        } while (c != '\n' && c != EdnScanner.END);
    }

    private Map<Object, Object> readMap(long line, int column) {
        in.read();
        Map<Object, Object> map = new LinkedHashMap<>();
        while (true) {
            int c = skipToValue();
            if (c == '}') {
                in.read();
                return map;
            }
            requireMore(c, "map", '}', line, column);
            Object key = readValue();
            c = skipToValue();
            if (c == '}') {
                throw in.errorAt(line, column, "the map has a key without a value: " + EdnText.excerpt(key));
            }
            requireMore(c, "map", '}', line, column);
            map.put(key, readValue());
        }
    }

    private <C extends Collection<Object>> C readElements(char close, String what, C into, long line, int column) {
        in.read();
        while (true) {
            int c = skipToValue();
            if (c == close) {
                in.read();
                return into;
            }
            requireMore(c, what, close, line, column);
            into.add(readValue());
        }
    }

    private void requireMore(int c, String what, char close, long line, int column) {
        if (c == EdnScanner.END) {
            throw in.errorAt(line, column, "unterminated " + what + ": the input ends before its closing " + close);
        }
    }

    /** {@code #{…}} sets, {@code ##Inf}-style symbolic values, and tagged literals (read as their value). */
    private Object readDispatch(long line, int column) {
        in.read();
        int c = in.peek();
        if (c == '{') {
            return readElements('}', "set", new LinkedHashSet<>(), line, column);
        }
        if (c == '#') {
            in.read();
            return atoms.symbolicValue(line, column);
        }
        String tag = atoms.token();
        if (tag.isEmpty() || !Character.isLetter(tag.charAt(0))) {
            String shown = tag.isEmpty() && c != EdnScanner.END ? String.valueOf((char) c) : tag;
            throw in.errorAt(line, column, "unsupported dispatch #" + Excerpt.of(shown));
        }
        if (skipToValue() == EdnScanner.END) {
            throw in.errorAt(line, column, "the tag #" + Excerpt.of(tag) + " has no value");
        }
        return readValue();
    }
}
