package io.faultline.histories;

/**
 * An operation as checkers see it: an invocation paired with its completion.
 *
 * <p>An operation that ended in {@code info}, or never ended, has {@link Outcome#UNKNOWN} and no output: it may
 * take effect at any time after its invocation, so its {@link #returnIndex()} is {@link Long#MAX_VALUE}.
 *
 * <p>Real-time order is the order of history lines ({@link #invokeIndex}, {@link #returnIndex()}), never the
 * clock: histories are written in completion order, and imported ones (EDN, Porcupine) often carry no times.
 *
 * @param id              dense id, 0-based, in invocation order
 * @param process         the process that ran it
 * @param f               the function (read, write, cas, …)
 * @param key             the key, or {@code null}
 * @param input           the invocation's value
 * @param output          the completion's value ({@code null} when unknown)
 * @param outcome         ok, fail or unknown
 * @param error           the completion's error, if any
 * @param invokeTime      time of the invocation
 * @param completeTime    time of the completion line, or -1 when there is none
 * @param invokeIndex     history index of the invocation line
 * @param completeIndex   history index of the completion line ({@code info} included), or -1 when there is none
 * @param node            node that served it, if known
 */
public record Call(int id, long process, String f, Object key, Object input, Object output, Outcome outcome,
                   String error, long invokeTime, long completeTime, long invokeIndex, long completeIndex,
                   String node) {

    public boolean isOk() {
        return outcome == Outcome.OK;
    }

    public boolean isFail() {
        return outcome == Outcome.FAIL;
    }

    public boolean isUnknown() {
        return outcome == Outcome.UNKNOWN;
    }

    /** The line by which this call has certainly taken effect, or {@link Long#MAX_VALUE} if it may never. */
    public long returnIndex() {
        return outcome == Outcome.UNKNOWN ? Long.MAX_VALUE : completeIndex;
    }

    /** True when this call certainly ended before {@code other} began (real-time order). */
    public boolean precedes(Call other) {
        return returnIndex() < other.invokeIndex;
    }

    public Call withId(int newId) {
        return new Call(newId, process, f, key, input, output, outcome, error, invokeTime, completeTime,
                invokeIndex, completeIndex, node);
    }
}
