package io.faultline.histories.check.session;

import io.faultline.histories.Call;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the combined session check requires of one key's arbitration order: "version u comes before version w",
 * each with the call that requires it. Versions are numbered as in {@link Versions} (0 the initial value, which
 * comes first anyway). An order exists exactly when these constraints have no cycle.
 */
final class ArbitrationConstraints {

    /**
     * One constraint: {@code from} before {@code to}, because {@code cause} had the write {@code earlier} in its
     * causal past; {@code to} is the version {@code cause} returned when {@code asRead}, else the one it wrote.
     */
    record Precedence(int from, int to, Call cause, Call earlier, boolean asRead) {
    }

    private final int versions;
    private final Map<Long, Precedence> byEdge = new HashMap<>();
    private int[][] successors;
    private int[] successorCount;

    ArbitrationConstraints(int writes) {
        this.versions = writes + 1;
        this.successors = new int[versions][];
        this.successorCount = new int[versions];
    }

    /** Requires {@code from} before {@code to}; the first reason given for an edge is kept. */
    void require(int from, int to, Call cause, Call earlier, boolean asRead) {
        long edge = (long) from * versions + to;
        Precedence p = new Precedence(from, to, cause, earlier, asRead);
        if (from == VersionGraph.INITIAL || byEdge.putIfAbsent(edge, p) != null) {
            return;
        }
        if (successors[from] == null) {
            successors[from] = new int[2];
        } else if (successorCount[from] == successors[from].length) {
            successors[from] = Arrays.copyOf(successors[from], successorCount[from] * 2);
        }
        successors[from][successorCount[from]++] = to;
    }

    int size() {
        return byEdge.size();
    }

    /** A cycle of constraints, in order, or an empty list when some order satisfies them all. */
    List<Precedence> cycle() {
        int[] state = new int[versions]; // 0 unvisited, 1 on the stack, 2 done
        int[] parent = new int[versions];
        int[] next = new int[versions];
        int[] stack = new int[versions];
        for (int root = 1; root < versions; root++) {
            if (state[root] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            state[root] = 1;
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < successorCount[v]) {
                    int w = successors[v][next[v]++];
                    if (state[w] == 1) {
                        return trace(parent, v, w);
                    }
                    if (state[w] == 0) {
                        state[w] = 1;
                        parent[w] = v;
                        stack[top++] = w;
                    }
                } else {
                    state[v] = 2;
                    top--;
                }
            }
        }
        return List.of();
    }

    /** The cycle closed by the edge v→w, where w is an ancestor of v on the search stack. */
    private List<Precedence> trace(int[] parent, int v, int w) {
        List<Precedence> cycle = new ArrayList<>();
        cycle.add(edge(v, w));
        for (int at = v; at != w; at = parent[at]) {
            cycle.add(edge(parent[at], at));
        }
        Collections.reverse(cycle);
        return cycle;
    }

    private Precedence edge(int from, int to) {
        return byEdge.get((long) from * versions + to);
    }
}
