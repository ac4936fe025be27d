package io.faultline.workloads.lookup;

import java.util.List;

/**
 * What the lookup check found, for {@code results.json}.
 *
 * @param judged     lookups that ran in a quiet window and were compared with the oracle
 * @param wrong      of those, how many named another owner than the oracle
 * @param notJudged  successful lookups that overlapped a fault or its settling time
 * @param failed     lookups the node answered with a definite error (it found no owner)
 * @param sweeps     final ring-state sweeps checked for the ring invariant
 * @param unanswered nodes that did not answer a sweep
 * @param hops       hop counts of every successful lookup
 */
public record LookupDetails(int judged, int wrong, int notJudged, int failed, int sweeps, List<String> unanswered,
                            HopStats hops) {

    String describe() {
        return judged + " lookups judged in quiet windows, " + wrong + " wrong, " + notJudged + " not judged, "
                + failed + " failed; " + sweeps + " ring sweeps" + (unanswered.isEmpty() ? ""
                : ", unanswered by " + String.join(" ", unanswered)) + "; " + hops.describe();
    }
}
