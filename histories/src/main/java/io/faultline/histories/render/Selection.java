package io.faultline.histories.render;

import io.faultline.histories.Call;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A growing choice of calls, bounded by a cap: the working state of {@link CallWindow#around}. */
final class Selection {
    /** Two calls before the focus for each one after it: what led to a failure matters more than what followed. */
    private static final int BEFORE_PER_AFTER = 2;

    private final List<Call> sorted;
    private final boolean[] chosen;
    private final int cap;
    private int count;

    /** {@code sorted} is every candidate in invocation order. */
    Selection(List<Call> sorted, int cap) {
        this.sorted = sorted;
        this.chosen = new boolean[sorted.size()];
        this.cap = cap;
    }

    void take(Call call) {
        int position = positionOf(call);
        if (position >= 0) {
            takeAt(position);
        }
    }

    /** The last {@code limit} calls of the prefix: the order the failing call was checked against. */
    void takePrefixTail(CounterexampleIndex index, int limit) {
        List<Integer> prefix = index.counterexample().longestPrefix();
        for (int i = prefix.size() - 1; i >= Math.max(0, prefix.size() - limit); i--) {
            Call call = index.call(prefix.get(i));
            if (call != null) {
                take(call);
            }
        }
    }

    /**
     * Up to {@code limit} calls invoked before {@code focus} and still running when it began, latest first. Unknown
     * calls are not taken: each runs on forever, so a long history has thousands of them, invoked far away.
     */
    void takeConcurrentWith(Call focus, int limit) {
        int taken = 0;
        for (int i = Math.max(0, positionOf(focus)) - 1; i >= 0 && taken < limit; i--) {
            Call call = sorted.get(i);
            if (!call.isUnknown() && call.completeIndex() >= focus.invokeIndex() && takeAt(i)) {
                taken++;
            }
        }
    }

    /** Fills the remaining room with the calls nearest to {@code focus} in invocation order. */
    void takeRunAround(Call focus) {
        int position = Math.max(0, positionOf(focus));
        int before = position - 1;
        int after = position + 1;
        for (int step = 0; count < cap && (before >= 0 || after < sorted.size()); step++) {
            boolean takeBefore = after >= sorted.size()
                    || before >= 0 && step % (BEFORE_PER_AFTER + 1) != BEFORE_PER_AFTER;
            takeAt(takeBefore ? before-- : after++);
        }
    }

    /** The chosen calls in invocation order. */
    List<Call> chosen() {
        List<Call> out = new ArrayList<>(count);
        for (int i = 0; i < sorted.size(); i++) {
            if (chosen[i]) {
                out.add(sorted.get(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Where the call sits in invocation order, or a negative number when it is not a candidate. */
    private int positionOf(Call call) {
        int found = Collections.binarySearch(sorted, call, CallWindow.BY_INVOCATION);
        return found >= 0 && sorted.get(found).id() == call.id() ? found : -1;
    }

    private boolean takeAt(int position) {
        if (chosen[position] || count >= cap) {
            return false;
        }
        chosen[position] = true;
        count++;
        return true;
    }
}
