package io.faultline.histories.check.linear;

import java.util.List;

/**
 * What the search of one partition found.
 *
 * @param outcome          linearizable, not, or stopped
 * @param stopReason       why it stopped, when {@code outcome} is {@link Outcome#STOPPED}
 * @param steps            search steps taken
 * @param cacheEntries     configurations memoized
 * @param longestPrefix    ids of the calls of the deepest linearization reached, in order (when not linearizable)
 * @param stateAfterPrefix the model state after it
 * @param unplaceable      id of the call whose return the search hit at that depth, or -1
 */
record SearchResult(Outcome outcome, StopReason stopReason, long steps, long cacheEntries,
                    List<Integer> longestPrefix, Object stateAfterPrefix, int unplaceable) {

    enum Outcome { LINEARIZABLE, NOT_LINEARIZABLE, STOPPED }

    static SearchResult linearizable(long steps, long cacheEntries) {
        return new SearchResult(Outcome.LINEARIZABLE, null, steps, cacheEntries, List.of(), null, -1);
    }

    static SearchResult stopped(StopReason reason, long steps, long cacheEntries) {
        return new SearchResult(Outcome.STOPPED, reason, steps, cacheEntries, List.of(), null, -1);
    }

    boolean isLinearizable() {
        return outcome == Outcome.LINEARIZABLE;
    }

    boolean isViolation() {
        return outcome == Outcome.NOT_LINEARIZABLE;
    }
}
