package io.faultline.histories.codec;

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
 */
final class EdnReader {
    private final EdnScanner in;
    private final EdnAtoms atoms;

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
                in.read();
                in.read();
                readValue();
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
