package io.faultline.histories.check.linear;

/**
 * The search's stack as parallel arrays (no allocation per step): the call linearized at each depth, the state
 * before it, and the pending return entry that bounded the crashed-call pass it was chosen in.
 */
final class Frames {
    private final int[] calls;
    private final Object[] states;
    private final int[] bounds;
    private int depth;

    Frames(int capacity) {
        calls = new int[capacity];
        states = new Object[capacity];
        bounds = new int[capacity];
    }

    void push(int call, Object stateBefore, int bound) {
        calls[depth] = call;
        states[depth] = stateBefore;
        bounds[depth] = bound;
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

    int boundOfTop() {
        return bounds[depth - 1];
    }

    /** The call at a depth, from 0 (the first linearized). */
    int callAt(int index) {
        return calls[index];
    }
}
