package io.faultline.histories.render;

import io.faultline.histories.Call;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A growing choice of calls, bounded by a cap: the working state of {@link CallWindow#around}. */
final class Selection {
    /** Two calls before the focus for each one after it: what led to a failure matters more than what followed. */
    private static final int BEFORE_PER_AFTER = 2;

    private final List<Call> sorted;
    private final boolean[] chosen;
    private final Map<Integer, Integer> positionById;
    private final int cap;
    private int count;

    /** {@code sorted} is every candidate in invocation order. */
    Selection(List<Call> sorted, int cap) {
        this.sorted = sorted;
        this.chosen = new boolean[sorted.size()];
        this.positionById = HashMap.newHashMap(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            positionById.put(sorted.get(i).id(), i);
        }
        this.cap = cap;
    }

    void take(Call call) {
        Integer position = positionById.get(call.id());
        if (position != null) {
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
        for (int i = positionById.getOrDefault(focus.id(), 0) - 1; i >= 0 && taken < limit; i--) {
            Call call = sorted.get(i);
            if (!call.isUnknown() && call.completeIndex() >= focus.invokeIndex() && takeAt(i)) {
                taken++;
            }
        }
    }

    /** Fills the remaining room with the calls nearest to {@code focus} in invocation order. */
    void takeRunAround(Call focus) {
        int position = positionById.getOrDefault(focus.id(), 0);
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

    private boolean takeAt(int position) {
        if (chosen[position] || count >= cap) {
            return false;
        }
        chosen[position] = true;
        count++;
        return true;
    }
}
