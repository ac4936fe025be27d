package io.faultline.histories.check.weak;

import io.faultline.histories.Call;
import java.util.List;
import java.util.function.Predicate;

/**
 * The reads that show where a key converged: ok reads invoked after every write of the key had returned. A
 * write with an unknown outcome counts as returned at its {@code info} line (or at its invocation, when the
 * history ends before it does): it may still take effect later, so checks must allow its value to appear.
 */
final class FinalReads {
    private FinalReads() {
    }

    /** The line after which no write of the key was still running, as far as the history says. */
    static long quietAfter(List<Call> writes) {
        long quiet = -1;
        for (Call w : writes) {
            quiet = Math.max(quiet, w.completeIndex() >= 0 ? w.completeIndex() : w.invokeIndex());
        }
        return quiet;
    }

    /** The key's ok reads (as {@code isRead} says) invoked after {@code quietAfter}, in invocation order. */
    static List<Call> of(List<Call> calls, Predicate<Call> isRead, long quietAfter) {
        return calls.stream().filter(c -> c.isOk() && isRead.test(c) && c.invokeIndex() > quietAfter).toList();
    }

    /** {@code 1 read}, {@code 3 reads}. */
    static String count(int n) {
        return n + (n == 1 ? " final read" : " final reads");
    }
}
