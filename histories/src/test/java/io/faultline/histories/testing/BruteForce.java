package io.faultline.histories.testing;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Linearizability by definition, for tiny histories: try every order of the calls that respects real time,
 * in which each call the model must place appears (crashed ones may be left out), and see if the model
 * accepts one. No memoization, no entry list: an independent oracle for the WGL checker.
 */
public final class BruteForce {
    private BruteForce() {
    }

    @SuppressWarnings("unchecked")
    public static boolean isLinearizable(Model<?> model, History history) {
        Model<Object> m = (Model<Object>) model;
        for (List<Call> part : m.partition(history).values()) {
            List<Call> placed = new ArrayList<>(part.stream().filter(m::mustPlace).toList());
            if (!extend(m, m.init(), placed)) {
                return false;
            }
        }
        return true;
    }

    private static boolean extend(Model<Object> m, Object state, List<Call> remaining) {
        if (remaining.stream().allMatch(Call::isUnknown)) {
            return true;
        }
        for (Call next : List.copyOf(remaining)) {
            boolean minimal = remaining.stream().noneMatch(other -> other != next && other.precedes(next));
            Object after = minimal ? m.step(state, next) : null;
            if (after != null) {
                remaining.remove(next);
                boolean ok = extend(m, after, remaining);
                remaining.add(next);
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }
}
