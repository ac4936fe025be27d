package io.faultline.histories.check.weak;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which calls a sequential search tries first at a choice point: those after which a waiting read (one whose
 * process is blocked on it) fits the state. A heuristic only, it never changes what the search can find.
 *
 * <p>Feeders are looked for among the next few candidates in completion order, and among calls with unknown
 * outcomes, which come last in that order: a crashed write often lands long after its invocation, and the read
 * that saw it waits until it is placed. Which unknown calls fed a read is remembered per read, and looked up
 * again only when the set of unknown calls on the frontier has changed.
 */
final class Feeders {
    private static final int READS_EXAMINED = 16;
    private static final int NEAR_CANDIDATES = 8;

    private record Remembered(int unknownOnFrontier, int[] processes) {
    }

    private final Model<Object> model;
    private final ProgramOrder order;
    private final SearchFrontier frontier;
    private final Map<Integer, Remembered> unknownFeeders = new HashMap<>();

    Feeders(Model<Object> model, ProgramOrder order, SearchFrontier frontier) {
        this.model = model;
        this.order = order;
        this.frontier = frontier;
    }

    /** The processes whose next call feeds one of the earliest waiting reads, best first. */
    int[] preferred(JointState state) {
        List<Integer> near = nearCandidates();
        Set<Integer> feeders = new LinkedHashSet<>();
        for (int q : frontier.waitingAnywhere(READS_EXAMINED)) {
            Call read = frontier.nextCall(q);
            int part = order.partitionOf(read);
            Object s = state.part(part);
            for (int p : near) {
                if (order.partitionOf(frontier.nextCall(p)) == part && feeds(s, frontier.nextCall(p), read)) {
                    feeders.add(p);
                }
            }
            for (int p : unknownFeedersOf(read, part, s)) {
                Call u = frontier.nextCall(p);
                if (u != null && u.isUnknown() && frontier.guideAllows(u) && feeds(s, u, read)) {
                    feeders.add(p);
                }
            }
        }
        return feeders.stream().mapToInt(Integer::intValue).toArray();
    }

    private List<Integer> nearCandidates() {
        List<Integer> near = new ArrayList<>();
        var e = frontier.after(Long.MIN_VALUE);
        for (int looked = 0; e != null && looked < NEAR_CANDIDATES; looked++, e = frontier.after(e.getKey())) {
            Call c = frontier.nextCall(e.getValue());
            if (!Observations.isObservation(model, c) && frontier.guideAllows(c)) {
                near.add(e.getValue());
            }
        }
        return near;
    }

    private int[] unknownFeedersOf(Call read, int part, Object state) {
        int onFrontier = frontier.unknownOn(part).size();
        Remembered r = unknownFeeders.get(read.id());
        if (r == null || r.unknownOnFrontier() != onFrontier) {
            int[] found = frontier.unknownOn(part).stream()
                    .filter(p -> feeds(state, frontier.nextCall(p), read)).mapToInt(Integer::intValue).toArray();
            r = new Remembered(onFrontier, found);
            unknownFeeders.put(read.id(), r);
        }
        return r.processes();
    }

    /** Whether {@code read} fits the state after {@code call}. */
    private boolean feeds(Object state, Call call, Call read) {
        Object after = model.step(state, call);
        return after != null && model.step(after, read) != null;
    }
}
