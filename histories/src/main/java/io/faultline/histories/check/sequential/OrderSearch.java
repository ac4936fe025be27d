package io.faultline.histories.check.sequential;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Depth-first search for a total order of a history's calls that respects every process's program order and
 * the model: a witness of sequential consistency (Lamport 1979). A configuration is (per-process positions,
 * joint model state); configurations already explored are memoized and never searched twice.
 *
 * <p>Two rules keep the search small without losing witnesses. (1) An observation ({@link Observations}) that
 * the current state accepts unchanged (and the guide allows) is placed at once, without branching: if any order
 * exists from here, moving that observation to the front of it gives another (it changes nothing, its process
 * has nothing before it, and no unplaced call returned before it began). (2) Among the other candidates, calls
 * that would let a blocked call proceed are tried first ({@link Feeders}), then the rest in the frontier's
 * order. Iterative, so deep histories cannot overflow the stack.
 */
final class OrderSearch {
    enum Stop { FOUND, EXHAUSTED, TIME_LIMIT, MEMORY_CEILING }

    /** Result, with the furthest point reached for counterexamples. */
    record Result(Stop stop, long steps, int memoEntries, int deepest, List<Call> nextAtDeepest,
                  JointState stateAtDeepest) {
    }

    private static final int NEXT_CALLS_SHOWN = 8;
    private static final int POLL_EVERY = 1024;
    /** Memo entry: key record, hash-set node and table slot, plus a joint state's array (counted per entry). */
    private static final long BYTES_PER_ENTRY = 120;
    private static final long BYTES_PER_PART = 8;

    private record MemoKey(long low, long high, JointState state) {
    }

    private final Model<Object> model;
    private final ProgramOrder order;
    private final SearchFrontier frontier;
    private final Moves moves;
    private final Feeders feeders;
    private final RealTimeGuide guide;
    private final ArrayDeque<Branch> branches = new ArrayDeque<>();
    private final Set<MemoKey> memo = new HashSet<>();
    private final long deadlineNanos;
    private final long memoryBytes;
    private long steps;
    private int deepest = -1;
    private List<Call> nextAtDeepest = List.of();
    private JointState stateAtDeepest;

    OrderSearch(Model<Object> model, ProgramOrder order, RealTimeGuide guide, long deadlineNanos,
                long memoryBytes) {
        this.model = model;
        this.order = order;
        this.frontier = new SearchFrontier(order, model, guide);
        this.moves = new Moves(frontier, JointState.initial(model.init(), order.partitionKeys.size()));
        this.feeders = new Feeders(model, order, frontier);
        this.guide = guide;
        this.deadlineNanos = deadlineNanos;
        this.memoryBytes = memoryBytes;
    }

    Result run() {
        List<Integer> everyone = new ArrayList<>();
        for (int p = 0; p < order.processes(); p++) {
            everyone.add(p);
        }
        Stop stop = arrive(everyone);
        while (stop == null) {
            stop = step();
        }
        return new Result(stop, steps, memo.size(), deepest, nextAtDeepest, stateAtDeepest);
    }

    /** One move of the innermost open branch, or its closing; a non-null result ends the search. */
    private Stop step() {
        Stop budget = ++steps % POLL_EVERY == 0 ? overBudget() : null;
        if (budget != null) {
            return budget;
        }
        Branch b = branches.peek();
        if (b == null) {
            return Stop.EXHAUSTED;
        }
        moves.undoTo(b.height);
        int p = b.nextCandidate(this);
        if (p < 0) {
            branches.pop();
            return null;
        }
        Call c = frontier.nextCall(p);
        int part = order.partitionOf(c);
        JointState before = moves.state();
        moves.place(p, before.with(part, model.step(before.part(part), c)));
        // a new state may suit waiting observations; under a real-time guide, so may a return taken off the board
        boolean unchanged = moves.state() == before && guide == RealTimeGuide.NONE;
        Collection<Integer> recheck = unchanged ? List.of(p) : withWaiting(p, part);
        return arrive(recheck);
    }

    /** After a move: place free observations, then stop if done, back off if seen, else open a branch here. */
    private Stop arrive(Collection<Integer> recheck) {
        placeFreeObservations(recheck);
        noteDepth();
        if (frontier.complete()) {
            return Stop.FOUND;
        }
        if (memo.add(new MemoKey(frontier.hashLow(), frontier.hashHigh(), moves.state()))) {
            branches.push(new Branch(moves.height(), feeders.preferred(moves.state())));
        }
        return null;
    }

    private void placeFreeObservations(Collection<Integer> recheck) {
        ArrayDeque<Integer> work = new ArrayDeque<>(recheck);
        while (!work.isEmpty()) {
            int p = work.pop();
            Call c = frontier.nextCall(p);
            if (c != null && Observations.isObservation(model, c) && frontier.guideAllows(c)) {
                Object s = moves.state().part(order.partitionOf(c));
                if (s.equals(model.step(s, c))) {
                    moves.place(p, moves.state());
                    work.push(p);
                }
            }
        }
    }

    private List<Integer> withWaiting(int p, int part) {
        List<Integer> recheck = new ArrayList<>(frontier.waitingOn(part, Integer.MAX_VALUE));
        recheck.add(p);
        return recheck;
    }

    /** Whether the call may go next: the guide allows it and the model accepts it in the current state. */
    boolean accepts(Call c) {
        return frontier.guideAllows(c) && stepPart(c) != null;
    }

    /** The state of the call's partition after the call, or {@code null} if the model rejects it now. */
    Object stepPart(Call c) {
        return model.step(moves.state().part(order.partitionOf(c)), c);
    }

    SearchFrontier frontier() {
        return frontier;
    }

    private void noteDepth() {
        if (frontier.placed() > deepest) {
            deepest = frontier.placed();
            nextAtDeepest = frontier.firstCalls(NEXT_CALLS_SHOWN);
            stateAtDeepest = moves.state();
        }
    }

    private Stop overBudget() {
        if (System.nanoTime() - deadlineNanos > 0) {
            return Stop.TIME_LIMIT;
        }
        long perEntry = BYTES_PER_ENTRY + BYTES_PER_PART * order.partitionKeys.size();
        return memo.size() * perEntry > memoryBytes ? Stop.MEMORY_CEILING : null;
    }
}
