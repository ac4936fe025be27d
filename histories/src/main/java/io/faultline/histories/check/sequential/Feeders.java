package io.faultline.histories.check.sequential;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which calls a sequential search tries first at a choice point: those after which a blocked call fits the
 * state. Blocked calls are the waiting observations (a read whose value is not the state's) and the next few
 * candidates the model rejects now (a cas whose expected value is not the state's). A heuristic only: it never
 * changes what the search can find.
 *
 * <p>Feeders are looked for among the next few candidates in completion order, and among calls with unknown
 * outcomes, which come last in that order: a crashed write often lands long after its invocation, and the
 * call that saw it waits until it is placed. Which unknown calls feed a call is remembered per call, and looked up
 * again only when its partition's state or the set of unknown calls on the frontier has changed.
 */
final class Feeders {
    private static final int READS_EXAMINED = 16;
    private static final int NEAR_CANDIDATES = 8;

    private record Remembered(int unknownOnFrontier, Object state, int[] processes) {
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

    /** The processes whose next call feeds one of the earliest blocked calls, best first. */
    int[] preferred(JointState state) {
        List<Integer> near = nearCandidates();
        List<Call> blocked = new ArrayList<>();
        frontier.waitingAnywhere(READS_EXAMINED).forEach(q -> blocked.add(frontier.nextCall(q)));
        near.stream().map(frontier::nextCall).filter(c -> model.step(part(state, c), c) == null).forEach(blocked::add);
        Set<Integer> feeders = new LinkedHashSet<>();
        for (Call target : blocked) {
            int part = order.partitionOf(target);
            Object s = state.part(part);
            for (int p : near) {
                Call c = frontier.nextCall(p);
                if (c != target && order.partitionOf(c) == part && feeds(s, c, target)) {
                    feeders.add(p);
                }
            }
            for (int p : unknownFeedersOf(target, part, s)) {
                Call u = frontier.nextCall(p);
                if (u != null && u != target && u.isUnknown() && frontier.guideAllows(u) && feeds(s, u, target)) {
                    feeders.add(p);
                }
            }
        }
        return feeders.stream().mapToInt(Integer::intValue).toArray();
    }

    private Object part(JointState state, Call c) {
        return state.part(order.partitionOf(c));
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

    private int[] unknownFeedersOf(Call target, int part, Object state) {
        int onFrontier = frontier.unknownOn(part).size();
        Remembered r = unknownFeeders.get(target.id());
        if (r == null || r.unknownOnFrontier() != onFrontier || !r.state().equals(state)) {
            int[] found = frontier.unknownOn(part).stream()
                    .filter(p -> feeds(state, frontier.nextCall(p), target)).mapToInt(Integer::intValue).toArray();
            r = new Remembered(onFrontier, state, found);
            unknownFeeders.put(target.id(), r);
        }
        return r.processes();
    }

    /** Whether {@code target} fits the state after {@code call}. */
    private boolean feeds(Object state, Call call, Call target) {
        Object after = model.step(state, call);
        return after != null && model.step(after, target) != null;
    }
}
