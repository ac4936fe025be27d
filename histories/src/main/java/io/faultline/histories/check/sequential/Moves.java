package io.faultline.histories.check.sequential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The stack of calls a sequential search has placed, with the joint state before each, so it can back off. */
final class Moves {
    private final SearchFrontier frontier;
    private final List<JointState> statesBefore = new ArrayList<>();
    private int[] processes = new int[64];
    private int height;
    private JointState state;

    Moves(SearchFrontier frontier, JointState initial) {
        this.frontier = frontier;
        this.state = initial;
    }

    /** Process {@code p} places its next call, which leads to {@code after}. */
    void place(int p, JointState after) {
        if (height == processes.length) {
            processes = Arrays.copyOf(processes, height * 2);
        }
        processes[height++] = p;
        statesBefore.add(state);
        frontier.advance(p);
        state = after;
    }

    /** Takes back placed calls until only {@code target} remain. */
    void undoTo(int target) {
        while (height > target) {
            frontier.retreat(processes[--height]);
            state = statesBefore.remove(statesBefore.size() - 1);
        }
    }

    int height() {
        return height;
    }

    JointState state() {
        return state;
    }
}
