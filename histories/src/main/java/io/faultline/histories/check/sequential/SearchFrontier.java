package io.faultline.histories.check.sequential;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a sequential-consistency search stands: each process's position in its program order, the calls that
 * could go next (the frontier, by {@link ProgramOrder#orderKey}), and, per partition, the observations among
 * them ({@link Observations}), which wait for the state to hold what they observed. Moves and their undoing
 * are O(log n); what the real-time guide allows is tracked here too.
 */
final class SearchFrontier {
    private final ProgramOrder order;
    private final Model<Object> model;
    private final int[] pos;
    private final TreeMap<Long, Integer> next = new TreeMap<>();
    private final List<TreeMap<Long, Integer>> waitingReads = new ArrayList<>();
    private final TreeMap<Long, Integer> allWaitingReads = new TreeMap<>();
    private final List<TreeMap<Long, Integer>> unknownCalls = new ArrayList<>();
    private final PositionHash hash;
    private final RealTimeGuide guide;
    private final TreeSet<Long> unplacedReturns = new TreeSet<>();
    private int remainingRequired;
    private int placed;

    SearchFrontier(ProgramOrder order, Model<Object> model, RealTimeGuide guide) {
        this.order = order;
        this.model = model;
        this.guide = guide;
        this.pos = new int[order.processes()];
        this.hash = new PositionHash(order.processes());
        this.remainingRequired = order.required;
        for (int i = 0; i < order.partitionKeys.size(); i++) {
            waitingReads.add(new TreeMap<>());
            unknownCalls.add(new TreeMap<>());
        }
        for (int p = 0; p < pos.length; p++) {
            enter(p);
            for (Call c : order.byProcess[p]) {
                if (isGuided(c)) {
                    unplacedReturns.add(c.returnIndex());
                }
            }
        }
    }

    /** Calls the guide orders by real time; calls with unknown outcomes never return, so they order nothing. */
    private boolean isGuided(Call c) {
        return !c.isUnknown() && guide.constrains(c, model);
    }

    /** Whether the guide lets {@code c} go next: no unplaced guided call returned before {@code c} began. */
    boolean guideAllows(Call c) {
        return !guide.constrains(c, model) || unplacedReturns.isEmpty() || c.invokeIndex() < unplacedReturns.first();
    }

    /** The next call of process {@code p}, or {@code null} when it has none left. */
    Call nextCall(int p) {
        Call[] calls = order.byProcess[p];
        return pos[p] < calls.length ? calls[pos[p]] : null;
    }

    /** Process {@code p} places its next call. */
    void advance(int p) {
        if (isGuided(nextCall(p))) {
            unplacedReturns.remove(nextCall(p).returnIndex());
        }
        leave(p);
        remainingRequired -= nextCall(p).isUnknown() ? 0 : 1;
        hash.move(p, pos[p], pos[p] + 1);
        pos[p]++;
        placed++;
        enter(p);
    }

    /** Process {@code p} takes back its last placed call. */
    void retreat(int p) {
        leave(p);
        hash.move(p, pos[p], pos[p] - 1);
        pos[p]--;
        placed--;
        remainingRequired += nextCall(p).isUnknown() ? 0 : 1;
        if (isGuided(nextCall(p))) {
            unplacedReturns.add(nextCall(p).returnIndex());
        }
        enter(p);
    }

    private void enter(int p) {
        Call c = nextCall(p);
        if (c != null) {
            long key = ProgramOrder.orderKey(c);
            next.put(key, p);
            if (Observations.isObservation(model, c)) {
                waitingReads.get(order.partitionOf(c)).put(key, p);
                allWaitingReads.put(key, p);
            }
            if (c.isUnknown()) {
                unknownCalls.get(order.partitionOf(c)).put(key, p);
            }
        }
    }

    private void leave(int p) {
        Call c = nextCall(p);
        if (c != null) {
            long key = ProgramOrder.orderKey(c);
            next.remove(key);
            waitingReads.get(order.partitionOf(c)).remove(key);
            allWaitingReads.remove(key);
            unknownCalls.get(order.partitionOf(c)).remove(key);
        }
    }

    /** Every required call is placed; calls with unknown outcomes may stay out (they may never have happened). */
    boolean complete() {
        return remainingRequired == 0;
    }

    /** The frontier entry after {@code key} (order key → process), or {@code null}. */
    Map.Entry<Long, Integer> after(long key) {
        return next.higherEntry(key);
    }

    /** Up to {@code limit} processes whose next call is an observation on {@code partition}, earliest first. */
    List<Integer> waitingOn(int partition, int limit) {
        return waitingReads.get(partition).values().stream().limit(limit).toList();
    }

    /** Up to {@code limit} processes whose next call is an observation, on any partition, earliest first. */
    List<Integer> waitingAnywhere(int limit) {
        return allWaitingReads.values().stream().limit(limit).toList();
    }

    /** The processes whose next call, on {@code partition}, has an unknown outcome. */
    Collection<Integer> unknownOn(int partition) {
        return unknownCalls.get(partition).values();
    }

    /** Up to {@code limit} next calls, in the order the search tries them. */
    List<Call> firstCalls(int limit) {
        return next.values().stream().limit(limit).map(this::nextCall).toList();
    }

    /** How many calls are placed (forced and chosen). */
    int placed() {
        return placed;
    }

    long hashLow() {
        return hash.low();
    }

    long hashHigh() {
        return hash.high();
    }
}
