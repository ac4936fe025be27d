package io.faultline.histories.check.linear;

/**
 * The search's stack as parallel arrays (no allocation per step): the call linearized at each depth, the state
 * before it, the cache entry of the configuration it led to, the pending return entry that bounded the
 * crashed-call pass it was chosen in, and how many crashed calls in a row end the order there.
 */
final class Frames {
    private final int[] calls;
    private final Object[] states;
    private final int[] entries;
    private final int[] bounds;
    private final int[] crashedRuns;
    private int depth;

    Frames(int capacity) {
        calls = new int[capacity];
        states = new Object[capacity];
        entries = new int[capacity];
        bounds = new int[capacity];
        crashedRuns = new int[capacity];
    }

    void push(int call, Object stateBefore, int cacheEntry, int bound, boolean crashed) {
        calls[depth] = call;
        states[depth] = stateBefore;
        entries[depth] = cacheEntry;
        bounds[depth] = bound;
        crashedRuns[depth] = crashed ? crashedRun() + 1 : 0;
        depth++;
    }

    void pop() {
        depth--;
        states[depth] = null;
    }

    boolean isEmpty() {
        return depth == 0;
    }

    int depth() {
        return depth;
    }

    int topCall() {
        return calls[depth - 1];
    }

    Object topState() {
        return states[depth - 1];
    }

    int topCacheEntry() {
        return entries[depth - 1];
    }

    int boundOfTop() {
        return bounds[depth - 1];
    }

    /** How many crashed calls were linearized in a row most recently (0 when the last call had a return). */
    int crashedRun() {
        return depth == 0 ? 0 : crashedRuns[depth - 1];
    }

    /** The call at a depth, from 0 (the first linearized). */
    int callAt(int index) {
        return calls[index];
    }
}
