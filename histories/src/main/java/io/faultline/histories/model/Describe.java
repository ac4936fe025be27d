package io.faultline.histories.model;

import io.faultline.histories.Call;
import java.util.List;

/** Human-readable renderings of calls, shared by models and reports. */
public final class Describe {
    private Describe() {
    }

    /** {@code write(3) ok}, {@code read() → 2}, {@code cas(1→2) fail}, {@code write(4) ?}. */
    public static String call(Call c) {
        String key = c.key() == null ? "" : "[" + c.key() + "]";
        String result = switch (c.outcome()) {
            case OK -> c.input() == null || isRead(c) ? " → " + value(c.output()) : " ok";
            case FAIL -> " fail";
            case UNKNOWN -> " ?";
        };
        String arg = isRead(c) ? "" : argument(c.input());
        return c.f() + key + "(" + arg + ")" + result;
    }

    private static boolean isRead(Call c) {
        return "read".equals(c.f()) || "get".equals(c.f());
    }

    private static String argument(Object input) {
        if (input instanceof List<?> pair && pair.size() == 2) {
            return value(pair.get(0)) + "→" + value(pair.get(1));
        }
        return value(input);
    }

    /** A value as a user would write it: {@code nil}, {@code 3}, {@code "x"}, {@code [1 2]}. */
    public static String value(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof String s) {
            return '"' + s + '"';
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : " ").append(value(list.get(i)));
            }
            return sb.append(']').toString();
        }
        return v.toString();
    }
}
