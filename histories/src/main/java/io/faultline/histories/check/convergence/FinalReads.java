package io.faultline.histories.check.convergence;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Op;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The reads that show where a key converged: ok reads invoked after every write of the key had returned and
 * after the nemesis's last line (no store is expected to converge while faults are still being injected), and
 * at least {@code settle} later than the later of the two. A history without any nemesis line has no final-read
 * phase: its last reads are only the reads that came last, and judging them as final would be a guess (a
 * harness marks the phase with an {@link Op#FINAL_READS} line even when it injected no fault). A write with an unknown outcome counts as returned at
 * its {@code info} line (or at its invocation, when the history ends first): it may still take effect later, so
 * checks must allow its value to appear. With a settle of zero these are exactly the reads that followed the
 * last write; a positive settle leaves the store that long to converge before its reads must agree.
 */
final class FinalReads {
    private final History history;
    private final long lastNemesisLine;
    private final long settleNanos;

    FinalReads(History history, Duration settle) {
        this.history = history;
        this.lastNemesisLine = history.nemesisOps().stream().mapToLong(Op::index).max().orElse(-1);
        this.settleNanos = settle.toNanos();
    }

    /** Whether the history has a final-read phase at all: some nemesis line after which its final reads run. */
    boolean hasPhase() {
        return lastNemesisLine >= 0;
    }

    /** The key's ok reads (as {@code isRead} says) that are final once {@code writes} are done, in invocation order. */
    List<Call> of(List<Call> calls, List<Call> writes, Predicate<Call> isRead) {
        if (!hasPhase()) {
            return List.of();
        }
        long quietLine = quietAfter(writes);
        long readsFrom = history.ops().get((int) quietLine).time() + settleNanos;
        return calls.stream().filter(c -> c.isOk() && isRead.test(c) && c.invokeIndex() > quietLine
                && c.invokeTime() >= readsFrom).toList();
    }

    /** The line after which no write of the key was running and the nemesis had stopped. */
    private long quietAfter(List<Call> writes) {
        long quiet = lastNemesisLine;
        for (Call w : writes) {
            quiet = Math.max(quiet, w.completeIndex() >= 0 ? w.completeIndex() : w.invokeIndex());
        }
        return quiet;
    }
}
