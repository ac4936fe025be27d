package io.faultline.workloads.lookup;

import io.faultline.histories.Call;
import io.faultline.histories.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * When the ring should be right: from {@code settle} after the run starts, or after a fault is healed, until the
 * next fault starts. Reconstructed from the nemesis ops of the history. Each fault is an invocation line and a
 * completion line, and the runner's schedule injects one fault at a time, strictly alternating: the 1st, 3rd, 5th …
 * fault event starts a fault and the 2nd, 4th … heals it. Every nemesis's heal restarts what it crashed or made
 * leave, so during a quiet window every configured node is live.
 */
final class QuietWindows {

    private record Window(long fromNanos, long untilNanos) {
    }

    private final List<Window> windows = new ArrayList<>();

    QuietWindows(List<Op> nemesisOps, long settleNanos) {
        long quietSince = 0;
        for (int event = 0; 2 * event < nemesisOps.size(); event++) {
            long at = nemesisOps.get(2 * event).time();
            if (event % 2 == 0) {
                windows.add(new Window(quietSince + settleNanos, at));
            } else {
                quietSince = at;
            }
        }
        boolean faultInForce = (nemesisOps.size() / 2) % 2 == 1; // an odd number of events: the last one started
        if (!faultInForce) {
            windows.add(new Window(quietSince + settleNanos, Long.MAX_VALUE));
        }
    }

    /** Whether {@code call} ran wholly inside a quiet window. */
    boolean contains(Call call) {
        long end = call.completeTime() < 0 ? Long.MAX_VALUE : call.completeTime();
        return windows.stream().anyMatch(w -> call.invokeTime() >= w.fromNanos() && end < w.untilNanos());
    }
}
