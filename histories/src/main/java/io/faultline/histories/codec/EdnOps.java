package io.faultline.histories.codec;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an EDN op map ({@code {:type :invoke, :process 0, :f :write, :value 3}}) into an {@link Op}.
 *
 * <p>Reads {@code :index :time :type :process :f :key :value :node :error} and ignores other keys. Keywords and
 * symbols become strings without the colon ({@code :timed-out} → {@code "timed-out"}), sets become lists (Op
 * values have no set type), {@code :process :nemesis} becomes {@link Op#NEMESIS}. An {@code :error} that is not
 * a string or keyword is kept as its EDN text ({@code "[:temporarily-unavailable nil]"}).
 */
final class EdnOps {
    private static final Keyword INDEX = new Keyword("index");
    private static final Keyword TIME = new Keyword("time");
    private static final Keyword TYPE = new Keyword("type");
    private static final Keyword PROCESS = new Keyword("process");
    private static final Keyword F = new Keyword("f");
    private static final Keyword KEY = new Keyword("key");
    private static final Keyword VALUE = new Keyword("value");
    private static final Keyword NODE = new Keyword("node");
    private static final Keyword ERROR = new Keyword("error");

    private EdnOps() {
    }

    /** Converts one value read at {@code line:column}; problems are thrown as {@code source:line:column: …}. */
    static Op toOp(Object value, EdnScanner at, long line, int column) {
        if (!(value instanceof Map<?, ?> map)) {
            throw at.errorAt(line, column, "expected a map, got " + EdnText.excerpt(value));
        }
        OpFields op = new OpFields();
        op.index = integer(map, INDEX, -1, at, line, column);
        op.time = integer(map, TIME, -1, at, line, column);
        op.type = type(map.get(TYPE), at, line, column);
        op.process = process(map, at, line, column);
        op.f = name(map.get(F), ":f", at, line, column);
        op.key = plain(map.get(KEY));
        op.value = plain(map.get(VALUE));
        op.node = map.get(NODE) == null ? null : String.valueOf(plain(map.get(NODE)));
        op.error = errorText(map.get(ERROR));
        String absent = op.missing();
        if (absent != null) {
            throw at.errorAt(line, column, "missing :" + absent);
        }
        return op.toOp();
    }

    /** An op value as plain data: strings for keywords, symbols and characters; lists for vectors and sets. */
    static Object plain(Object edn) {
        return switch (edn) {
            case Keyword k -> k.name();
            case Symbol s -> s.name();
            case Character c -> c.toString();
            case Map<?, ?> map -> plainMap(map);
            case Collection<?> items -> plainList(items);
            case null, default -> edn;
        };
    }

    private static Map<Object, Object> plainMap(Map<?, ?> map) {
        Map<Object, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(plain(k), plain(v)));
        return out;
    }

    private static List<Object> plainList(Collection<?> items) {
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(item -> out.add(plain(item)));
        return out;
    }

    private static long integer(Map<?, ?> map, Keyword key, long absent, EdnScanner at, long line, int column) {
        Object v = map.get(key);
        if (v == null) {
            return absent;
        }
        if (v instanceof Long l) {
            return l;
        }
        throw at.errorAt(line, column, key + " must be an integer, got " + EdnText.excerpt(v));
    }

    private static OpType type(Object v, EdnScanner at, long line, int column) {
        String name = name(v, ":type", at, line, column);
        OpType type = name == null ? null : OpType.parse(name);
        if (name != null && type == null) {
            throw at.errorAt(line, column, "unknown type " + EdnText.excerpt(v)
                    + " (expected invoke, ok, fail or info)");
        }
        return type;
    }

    private static Long process(Map<?, ?> map, EdnScanner at, long line, int column) {
        Object v = map.get(PROCESS);
        if (v == null || v instanceof Long) {
            return (Long) v;
        }
        if ("nemesis".equals(plain(v))) {
            return Op.NEMESIS;
        }
        String problem = v instanceof BigInteger ? " is too large: " : " must be an integer or :nemesis, got ";
        throw at.errorAt(line, column, ":process" + problem + EdnText.excerpt(v));
    }

    private static String name(Object v, String field, EdnScanner at, long line, int column) {
        return switch (v) {
            case null -> null;
            case Keyword k -> k.name();
            case String s -> s;
            case Symbol s -> s.name();
            default -> throw at.errorAt(line, column, field + " must be a keyword or a string, got "
                    + EdnText.excerpt(v));
        };
    }

    private static String errorText(Object error) {
        return switch (error) {
            case null -> null;
            case String s -> s;
            case Keyword k -> k.name();
            default -> EdnText.print(error);
        };
    }
}
