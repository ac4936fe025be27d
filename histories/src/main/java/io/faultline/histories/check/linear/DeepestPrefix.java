package io.faultline.histories.check.linear;

import io.faultline.histories.Call;
import java.util.ArrayList;
import java.util.List;

/**
 * The deepest point a failing search reached: the longest order of calls the model accepted, the state after
 * it, and the call whose return the search hit there (it could not be placed after that order). This is the
 * counterexample Porcupine's visualisation and Knossos's {@code :final-paths} are built from.
 */
final class DeepestPrefix {
    private final Call[] calls;
    private int depth = -1;
    private int[] prefix = new int[0];
    private Object state;
    private int unplaceable = -1;

    DeepestPrefix(Call[] calls) {
        this.calls = calls;
    }

    /** Records this dead end if it is deeper than any before (copying the stack only then). */
    void offer(Frames frames, Object stateThere, int stuckCall) {
        if (frames.depth() <= depth) {
            return;
        }
        depth = frames.depth();
        prefix = new int[depth];
        for (int i = 0; i < depth; i++) {
            prefix[i] = frames.callAt(i);
        }
        state = stateThere;
        unplaceable = stuckCall;
    }

    /** The verdict once every branch has failed, with call ids of the history (not search indices). */
    SearchResult result(long steps, long cacheEntries) {
        List<Integer> ids = new ArrayList<>(prefix.length);
        for (int i : prefix) {
            ids.add(calls[i].id());
        }
        return new SearchResult(SearchResult.Outcome.NOT_LINEARIZABLE, null, steps, cacheEntries, ids, state,
                unplaceable < 0 ? -1 : calls[unplaceable].id());
    }
}
