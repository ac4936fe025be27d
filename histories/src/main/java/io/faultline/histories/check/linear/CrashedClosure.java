package io.faultline.histories.check.linear;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What crashed calls can do at a dead end: every state reachable from the current one by a chain of pending
 * crashed calls, each with a minimal set of calls that reaches it, shortest chains first (breadth first, and
 * lazily: the search may succeed long before the closure is complete, as with crashed appends).
 *
 * <p>Why minimal sets suffice: a linearization continues from (state, crashed calls used) exactly as it would
 * from the same state with fewer crashed calls used, since unused crashed calls may simply never take effect.
 * So of two chains reaching one state the search needs only the one whose calls are a subset of the other's;
 * for registers that leaves one chain per value instead of every ordering of every subset. A chain that comes
 * back to the starting state is never needed: that state's own continuations already failed.
 */
final class CrashedClosure {

    /** A chain of crashed calls (search indices); {@code states[0]} is the start, {@code states[i + 1]} after call i. */
    record Chain(int[] calls, Object[] states) {
        Object stateAfter(int i) {
            return states[i + 1];
        }

        Object finalState() {
            return states[states.length - 1];
        }
    }

    /** Counts work so that the caller's budget can stop a closure that explodes (strings built by appends). */
    interface Ticker {
        /** One step of work, while a closure of about {@code closureBytes} is held. False: stop now. */
        boolean tick(long closureBytes);
    }

    private final Model<Object> model;
    private final Call[] calls;
    private final int[] pending;
    private final int words;
    private final Map<Object, List<long[]>> minimalSets = new HashMap<>();
    private final ArrayDeque<Chain> queue = new ArrayDeque<>();
    private final ArrayDeque<long[]> queueSets = new ArrayDeque<>();
    private Chain expanding;
    private long[] expandingSet;
    private int nextPending;
    private long bytes;

    /** The closure from {@code start} over the {@code pending} crashed calls (search indices, newest first). */
    CrashedClosure(Model<Object> model, Call[] calls, int[] pending, Object start) {
        this.model = model;
        this.calls = calls;
        this.pending = pending;
        this.words = (pending.length + 63) >>> 6;
        expanding = new Chain(new int[0], new Object[] {start});
        expandingSet = new long[words];
        minimalSets.computeIfAbsent(start, s -> new ArrayList<>()).add(expandingSet);
    }

    /**
     * The next chain, or null when there is none left or {@code ticker} stopped (the caller tells the two apart
     * by its own stop flag).
     */
    Chain next(Ticker ticker) {
        while (expanding != null) {
            while (nextPending < pending.length) {
                if (!ticker.tick(bytes)) {
                    return null;
                }
                Chain found = extend(nextPending++);
                if (found != null) {
                    return found;
                }
            }
            expanding = queue.poll();
            expandingSet = queueSets.poll();
            nextPending = 0;
        }
        return null;
    }

    /** The chain being expanded followed by pending call {@code p}, if that reaches a state minimally. */
    private Chain extend(int p) {
        long bit = 1L << p;
        if ((expandingSet[p >>> 6] & bit) != 0) {
            return null;
        }
        Object after = model.step(expanding.finalState(), calls[pending[p]]);
        if (after == null) {
            return null;
        }
        List<long[]> minimal = minimalSets.get(after);
        if (minimal != null && dominated(minimal, p)) {
            return null;
        }
        long[] used = expandingSet.clone();
        used[p >>> 6] |= bit;
        (minimal != null ? minimal : newSetList(after)).add(used);
        int length = expanding.calls().length;
        int[] chainCalls = Arrays.copyOf(expanding.calls(), length + 1);
        chainCalls[length] = pending[p];
        Object[] states = Arrays.copyOf(expanding.states(), length + 2);
        states[length + 1] = after;
        Chain chain = new Chain(chainCalls, states);
        queue.add(chain);
        queueSets.add(used);
        bytes += 3 * 16 + 12L * (length + 1) + 8L * words + 96;
        return chain;
    }

    private List<long[]> newSetList(Object state) {
        List<long[]> sets = new ArrayList<>(2);
        minimalSets.put(state, sets);
        return sets;
    }

    /** Whether a known minimal set is within the expanding chain's calls plus {@code p} (without building it). */
    private boolean dominated(List<long[]> minimal, int p) {
        for (long[] set : minimal) {
            if (subsetOfExpandingPlus(set, p)) {
                return true;
            }
        }
        return false;
    }

    private boolean subsetOfExpandingPlus(long[] set, int p) {
        for (int w = 0; w < set.length; w++) {
            long allowed = expandingSet[w] | (w == p >>> 6 ? 1L << p : 0);
            if ((set[w] & ~allowed) != 0) {
                return false;
            }
        }
        return true;
    }
}
