package io.faultline.workloads.generator;

/**
 * An op a generator emits: what to do, for which process, and the earliest time it may start.
 *
 * <p>A {@link Kind#SLEEP} invocation is Jepsen's {@code {:type :sleep}}: the interpreter keeps its worker busy
 * for {@code value} nanoseconds and writes nothing to the history.
 *
 * @param kind      an operation for a client or the nemesis, or a sleep
 * @param process   the process it is for (a free one, taken from the {@link GenContext})
 * @param spec      f, key and value
 * @param timeNanos the earliest time it may start; the interpreter waits until then
 */
public record Invocation(Kind kind, long process, OpSpec spec, long timeNanos) {

    /** What the interpreter does with an invocation. */
    public enum Kind { OPERATION, SLEEP }

    public static Invocation operation(long process, OpSpec spec, long timeNanos) {
        return new Invocation(Kind.OPERATION, process, spec, timeNanos);
    }

    public static Invocation sleep(long process, long durationNanos, long timeNanos) {
        return new Invocation(Kind.SLEEP, process, new OpSpec("sleep", null, durationNanos), timeNanos);
    }

    public boolean isSleep() {
        return kind == Kind.SLEEP;
    }

    public Invocation withTime(long newTimeNanos) {
        return new Invocation(kind, process, spec, newTimeNanos);
    }

    public Invocation withKey(Object key) {
        return new Invocation(kind, process, spec.withKey(key), timeNanos);
    }
}
