package io.faultline.histories.check.linear;

/**
 * The search's stack as parallel arrays (no allocation per step): the call linearized at each depth, the state
 * before it, the cache entry of the configuration it led to (-1 inside a crashed chain), and, for the last call
 * of a crashed chain, the depth at which the chain began (-1 otherwise).
 */
final class Frames {
    private final int[] calls;
    private final Object[] states;
    private final int[] entries;
    private final int[] chainBases;
    private int depth;

    Frames(int capacity) {
        calls = new int[capacity];
        states = new Object[capacity];
        entries = new int[capacity];
        chainBases = new int[capacity];
    }

    void push(int call, Object stateBefore, int cacheEntry, int chainBase) {
        calls[depth] = call;
        states[depth] = stateBefore;
        entries[depth] = cacheEntry;
        chainBases[depth] = chainBase;
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

    /** Whether the current configuration was reached by a crashed chain (its last call is on top). */
    boolean endsChain() {
        return depth > 0 && chainBases[depth - 1] >= 0;
    }

    /** The depth at which the chain on top began. */
    int chainBase() {
        return chainBases[depth - 1];
    }

    /** The call at a depth, from 0 (the first linearized). */
    int callAt(int index) {
        return calls[index];
    }
}
