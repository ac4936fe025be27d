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
    private volatile boolean cancelled;

    SearchLimits(long deadlineNanos, long memoryCeilingBytes) {
        this.deadlineNanos = deadlineNanos;
        this.memoryCeilingBytes = memoryCeilingBytes;
    }

    static SearchLimits of(Budget budget) {
        return new SearchLimits(budget.deadlineNanos(), budget.memoryBytes());
    }

    /** The same ceiling and a deadline no later than this one's, without this check's cancellation. */
    SearchLimits fresh(long notAfterNanos) {
        return new SearchLimits(notAfterNanos - deadlineNanos < 0 ? notAfterNanos : deadlineNanos,
                memoryCeilingBytes);
    }

    /**
     * Called every few thousand steps by a search whose cache grew by {@code addedBytes} since its last call.
     * Returns why it must stop, or {@code null} to go on.
     */
    StopReason poll(long addedBytes) {
        long live = liveBytes.addAndGet(addedBytes);
        if (cancelled) {
            return StopReason.CANCELLED;
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
