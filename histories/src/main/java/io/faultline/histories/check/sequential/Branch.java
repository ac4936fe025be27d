package io.faultline.histories.check.sequential;

import java.util.Map;

/**
 * One open choice point of the sequential search: which process places its next call here. It offers the
 * preferred processes first, then every frontier process in order-key order, each once, skipping calls the
 * model rejects in the current state. The frontier is restored before each offer, so a cursor stays valid.
 */
final class Branch {
    final int height;
    private final int[] preferred;
    private int preferredCursor;
    private long keyCursor = Long.MIN_VALUE;

    Branch(int height, int[] preferred) {
        this.height = height;
        this.preferred = preferred;
    }

    /** The next process whose next call the guide allows and the model accepts now, or -1 when none is left. */
    int nextCandidate(OrderSearch search) {
        SearchFrontier frontier = search.frontier();
        while (preferredCursor < preferred.length) {
            int p = preferred[preferredCursor++];
            if (search.accepts(frontier.nextCall(p))) {
                return p;
            }
        }
        for (Map.Entry<Long, Integer> e = frontier.after(keyCursor); e != null; e = frontier.after(keyCursor)) {
            keyCursor = e.getKey();
            int p = e.getValue();
            if (!isPreferred(p) && search.accepts(frontier.nextCall(p))) {
                return p;
            }
        }
        return -1;
    }

    private boolean isPreferred(int p) {
        for (int q : preferred) {
            if (q == p) {
                return true;
            }
        }
        return false;
    }
}
