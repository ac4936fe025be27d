package io.faultline.histories.check.linear;

import io.faultline.histories.check.Budget;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The budget of one check, shared by the searches of all its partitions (which run in parallel): a deadline,
 * a ceiling on the estimated bytes of all live caches, and a cancellation flag raised when one partition is
 * found not linearizable, since the verdict is then settled (P-compositionality, Herlihy &amp; Wing §3.3).
 */
final class SearchLimits {
    private final long deadlineNanos;
    private final long memoryCeilingBytes;
    private final AtomicLong liveBytes = new AtomicLong();
    private final AtomicLong stepsLeft;
    private volatile boolean cancelled;

    SearchLimits(long deadlineNanos, long memoryCeilingBytes) {
        this(deadlineNanos, memoryCeilingBytes, Long.MAX_VALUE);
    }

    private SearchLimits(long deadlineNanos, long memoryCeilingBytes, long steps) {
        this.deadlineNanos = deadlineNanos;
        this.memoryCeilingBytes = memoryCeilingBytes;
        this.stepsLeft = new AtomicLong(steps);
    }

    static SearchLimits of(Budget budget) {
        return new SearchLimits(budget.deadlineNanos(), budget.memoryBytes());
    }

    /**
     * The same deadline and ceiling, without this check's cancellation, and at most {@code steps} search steps:
     * a deterministic allowance (unlike time, it does not depend on the machine's load), for shrinking.
     */
    SearchLimits withStepAllowance(long steps) {
        return new SearchLimits(deadlineNanos, memoryCeilingBytes, steps);
    }

    /**
     * Called every few thousand steps by a search that took {@code addedSteps} and whose cache grew by
     * {@code addedBytes} since its last call. Returns why it must stop, or {@code null} to go on.
     */
    StopReason poll(long addedBytes, long addedSteps) {
        long live = liveBytes.addAndGet(addedBytes);
        if (cancelled) {
            return StopReason.CANCELLED;
        }
        if (stepsLeft.addAndGet(-addedSteps) < 0) {
            return StopReason.STEP_ALLOWANCE;
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            return StopReason.TIME_LIMIT;
        }
        return live > memoryCeilingBytes ? StopReason.MEMORY_CEILING : null;
    }

    /** A search that ended gives its cache's bytes back. */
    void release(long bytes) {
        liveBytes.addAndGet(-bytes);
    }

    void cancel() {
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled;
    }

    boolean expired() {
        return System.nanoTime() - deadlineNanos > 0;
    }
}
