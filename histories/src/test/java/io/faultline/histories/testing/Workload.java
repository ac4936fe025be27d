package io.faultline.histories.testing;

import io.faultline.histories.OpType;
import java.util.Random;

/**
 * A data type as the simulator runs it: random invocations, and their effect on a real (sequential) object.
 * Written values are unique (from {@code fresh}), so tests can tell which write a read saw.
 */
public interface Workload {

    record Invocation(String f, Object key, Object value) {
    }

    record Completion(OpType type, Object value, String error) {
        static Completion ok(Object value) {
            return new Completion(OpType.OK, value, null);
        }
    }

    /** A random next invocation; {@code fresh} is a value never used before. */
    Invocation next(Random random, long fresh);

    /** Applies the invocation to the object at its linearization point and says how it completes. */
    Completion apply(Invocation invocation);

    /** A new workload with a new, initial object. */
    Workload reset();
}
