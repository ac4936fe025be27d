package io.faultline.histories.testing;

import io.faultline.histories.History;
import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.List;

/**
 * A terse builder of hand-made histories for tests: {@code new H().invoke(0, "write", 1).ok(0, "write", 1)}.
 * Integral values are stored as Long, as the codecs do. Calls without a key use {@code key(null)}.
 */
public final class H {
    private final HistoryBuilder builder = new HistoryBuilder("test");
    private Object key;

    /** Ops added from now on carry this key. */
    public H key(Object k) {
        key = k;
        return this;
    }

    public H invoke(long process, String f, Object value) {
        builder.add(Op.invoke(process, f, key, canonical(value)));
        return this;
    }

    public H ok(long process, String f, Object value) {
        builder.add(Op.ok(process, f, key, canonical(value)));
        return this;
    }

    public H fail(long process, String f, Object value, String error) {
        builder.add(Op.fail(process, f, key, canonical(value), error));
        return this;
    }

    public H info(long process, String f, Object value) {
        builder.add(Op.info(process, f, key, canonical(value), "timeout"));
        return this;
    }

    /** A complete call with nothing concurrent: invoke then ok. */
    public H call(long process, String f, Object in, Object out) {
        return invoke(process, f, in).ok(process, f, out);
    }

    /** The nemesis line a harness writes when faults are healed and the final reads begin. */
    public H finalReads() {
        builder.add(new Op(-1, -1, OpType.INFO, Op.NEMESIS, Op.FINAL_READS, null, null, null, null));
        return this;
    }

    public History build() {
        return builder.build();
    }

    /** {@code cas(1, 2)}'s value {@code [1, 2]}. */
    public static List<Object> pair(Object expected, Object swapped) {
        return java.util.Arrays.asList(canonical(expected), canonical(swapped));
    }

    private static Object canonical(Object v) {
        return v instanceof Integer i ? (Object) i.longValue() : v;
    }
}
