package io.faultline.histories.check.session;

import java.util.Arrays;

/**
 * The "known before" order on the versions of one register key: node 0 is the initial value, nodes 1..n the
 * key's writes in invocation order. An edge u→w says version u certainly precedes w in any order a
 * session-respecting store gives the key's versions; {@link #before} is its transitive closure.
 *
 * <p>Every edge goes from a lower node to a higher one: a session's earlier write, or a value it read, was
 * invoked before the session invoked the later write. Invocation order is therefore a topological order, and
 * {@link #before}{@code (x, y)} only searches backwards from y among nodes above x, which keeps queries about
 * nearby versions (the common case) cheap on histories of any length. An edge that would point backwards (from
 * a read of a value whose write was invoked after the read returned) is dropped and counted: it can only
 * weaken the relation, never add a false order.
 */
final class VersionGraph {
    static final int INITIAL = 0;
    private static final int[] NONE = new int[0];

    private final int[][] predecessors;
    private final int[] stamp;
    private int[] stack = new int[16];
    private int epoch;
    private int droppedEdges;

    /** A graph of the initial value and {@code writes} writes, with no edges yet. */
    VersionGraph(int writes) {
        predecessors = new int[writes + 1][];
        Arrays.fill(predecessors, NONE);
        stamp = new int[writes + 1];
    }

    /** How many writes (versions other than the initial value) the key has. */
    int writes() {
        return predecessors.length - 1;
    }

    /** Sets the versions known to precede {@code node}: its writer's previous write and what it had read. */
    void setPredecessors(int node, int[] candidates) {
        int[] kept = Arrays.stream(candidates).filter(p -> p != INITIAL && p != node).distinct().toArray();
        int forward = (int) Arrays.stream(kept).filter(p -> p < node).count();
        droppedEdges += kept.length - forward;
        predecessors[node] = forward == kept.length ? kept : Arrays.stream(kept).filter(p -> p < node).toArray();
    }

    /** Whether version {@code x} is known to precede version {@code y} (strictly). The initial value precedes all. */
    boolean before(int x, int y) {
        if (x == y || y == INITIAL) {
            return false;
        }
        if (x == INITIAL) {
            return true;
        }
        return x < y && reachesBackwards(y, x);
    }

    private boolean reachesBackwards(int from, int target) {
        nextEpoch();
        int top = 0;
        stack[top++] = from;
        while (top > 0) {
            for (int p : predecessors[stack[--top]]) {
                if (p == target) {
                    return true;
                }
                if (p > target && stamp[p] != epoch) {
                    stamp[p] = epoch;
                    stack = top == stack.length ? Arrays.copyOf(stack, top * 2) : stack;
                    stack[top++] = p;
                }
            }
        }
        return false;
    }

    private void nextEpoch() {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
    }

    /** Edges dropped because they pointed from a later-invoked write to an earlier one. */
    int droppedEdges() {
        return droppedEdges;
    }
}
