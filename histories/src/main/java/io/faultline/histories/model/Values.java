package io.faultline.histories.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Value helpers for models: one canonical form per value, so that states compare by value and memoize well.
 *
 * <p>Codecs produce {@link Long}s, but hand-written histories and other tools may carry {@link Integer}s or
 * {@link Short}s; a register that was written {@code 3} (an Integer) must equal one written {@code 3L}.
 */
public final class Values {

    /** The state of a register that holds nothing. Models never use {@code null} as a state: it means "illegal". */
    public static final Object NIL = new Object() {
        @Override
        public String toString() {
            return "nil";
        }
    };

    private Values() {
    }

    /** The canonical form of a history value: integral numbers as Long, lists element-wise, null as is. */
    public static Object canonical(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object e : list) {
                out.add(canonical(e));
            }
            return out;
        }
        return v;
    }

    /** The register state holding {@code v}: {@link #NIL} for {@code null}. */
    public static Object stateOf(Object v) {
        return v == null ? NIL : canonical(v);
    }

    /** The value a read of {@code state} returns: {@code null} for {@link #NIL}. */
    public static Object valueOf(Object state) {
        return state == NIL ? null : state;
    }

    /** Whether a register in {@code state} holds the value {@code v}. */
    public static boolean holds(Object state, Object v) {
        return state.equals(stateOf(v));
    }

    /** The i-th element of a two-element argument such as a cas's {@code [expected, new]}. */
    public static Object pairElement(Object input, int i, String what) {
        if (input instanceof List<?> pair && pair.size() == 2) {
            return pair.get(i);
        }
        throw new IllegalArgumentException(what + " needs a value [expected, new], got " + Describe.value(input));
    }
}
