package io.faultline.histories.testing;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.ArrayList;
import java.util.List;

/** A test history with explicit times (ns) on every line, for checks that measure time. */
public final class Timed {
    private final List<Op> ops = new ArrayList<>();
    private Object key;

    public Timed key(Object k) {
        key = k;
        return this;
    }

    public Timed invoke(long time, long process, String f, Object value) {
        ops.add(Op.invoke(process, f, key, value).withTime(time));
        return this;
    }

    public Timed ok(long time, long process, String f, Object value) {
        ops.add(Op.ok(process, f, key, value).withTime(time));
        return this;
    }

    public Timed info(long time, long process, String f, Object value) {
        ops.add(Op.info(process, f, key, value, "timeout").withTime(time));
        return this;
    }

    /** The harness's line that starts the final reads. */
    public Timed finalReads(long time) {
        ops.add(new Op(-1, time, OpType.INFO, Op.NEMESIS, Op.FINAL_READS, null, null, null, null));
        return this;
    }

    public History build() {
        return History.of(ops);
    }
}
