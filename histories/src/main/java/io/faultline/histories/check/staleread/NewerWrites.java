package io.faultline.histories.check.staleread;

import io.faultline.histories.Call;
import java.util.Arrays;
import java.util.List;

/**
 * The acknowledged writes of one key that have completed so far, indexed by invocation line (a Fenwick tree),
 * to answer "how many of them began after line b, and which completed first?" in O(log n). Writes are added in
 * completion order as a sweep passes reads' invocations, so each read sees exactly the writes that completed
 * before it began.
 */
final class NewerWrites {
    private final long[] invokeLines;
    private final int[] counts;
    private final Call[] earliest;

    /** For the given acknowledged writes (any order). */
    NewerWrites(List<Call> writes) {
        invokeLines = writes.stream().mapToLong(Call::invokeIndex).sorted().toArray();
        counts = new int[invokeLines.length + 1];
        earliest = new Call[invokeLines.length + 1];
    }

    /** Adds a completed write. */
    void add(Call w) {
        int rank = Arrays.binarySearch(invokeLines, w.invokeIndex()) + 1;
        for (int i = rank; i < counts.length; i += i & -i) {
            counts[i]++;
        }
        // the min tree runs over reversed ranks, so that "invoked after b" is one of its prefixes
        for (int i = invokeLines.length - rank + 1; i < earliest.length; i += i & -i) {
            if (earliest[i] == null || w.completeTime() < earliest[i].completeTime()) {
                earliest[i] = w;
            }
        }
    }

    /** How many added writes were invoked after line {@code after}. */
    int countInvokedAfter(long after) {
        int atOrBefore = ranksUpTo(after);
        int total = 0;
        int before = 0;
        for (int i = invokeLines.length; i > 0; i -= i & -i) {
            total += counts[i];
        }
        for (int i = atOrBefore; i > 0; i -= i & -i) {
            before += counts[i];
        }
        return total - before;
    }

    /** The added write invoked after line {@code after} that completed first (by time), or {@code null}. */
    Call firstCompletedInvokedAfter(long after) {
        Call best = null;
        for (int i = invokeLines.length - ranksUpTo(after); i > 0; i -= i & -i) {
            if (earliest[i] != null && (best == null || earliest[i].completeTime() < best.completeTime())) {
                best = earliest[i];
            }
        }
        return best;
    }

    /** How many writes (added or not) were invoked at or before line {@code line}. */
    private int ranksUpTo(long line) {
        int i = Arrays.binarySearch(invokeLines, line);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
