package io.faultline.histories.check.weak;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.ArrayList;
import java.util.List;

/** A test history with explicit times (ns) on every line, for checks that measure time. */
final class Timed {
    private final List<Op> ops = new ArrayList<>();
    private Object key;

    Timed key(Object k) {
        key = k;
        return this;
    }

    Timed invoke(long time, long process, String f, Object value) {
        ops.add(Op.invoke(process, f, key, value).withTime(time));
        return this;
    }

    Timed ok(long time, long process, String f, Object value) {
        ops.add(Op.ok(process, f, key, value).withTime(time));
        return this;
    }

    Timed info(long time, long process, String f, Object value) {
        ops.add(Op.info(process, f, key, value, "timeout").withTime(time));
        return this;
    }

    /** The harness's line that starts the final reads. */
    Timed finalReads(long time) {
        ops.add(new Op(-1, time, OpType.INFO, Op.NEMESIS, Op.FINAL_READS, null, null, null, null));
        return this;
    }

    History build() {
        return History.of(ops);
    }
}
