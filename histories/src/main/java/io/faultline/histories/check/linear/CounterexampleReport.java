package io.faultline.histories.check.linear;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.Counterexample;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a failing (shrunk) partition into a {@link Counterexample} and its one-line {@link Anomaly}. */
final class CounterexampleReport {
    /** How many calls of the prefix a description names; longer prefixes are elided at the front. */
    private static final int PREFIX_SHOWN = 4;

    private final Model<Object> model;

    @SuppressWarnings("unchecked")
    CounterexampleReport(Model<?> model) {
        this.model = (Model<Object>) model;
    }

    Counterexample counterexample(Object key, Shrinker.Shrunk shrunk) {
        SearchResult r = shrunk.result();
        Map<Integer, Call> byId = byId(shrunk.calls());
        String stuck = r.unplaceable() < 0 ? "" : model.describe(byId.get(r.unplaceable()));
        return new Counterexample(key, shrunk.calls(), r.longestPrefix(), model.describeState(r.stateAfterPrefix()),
                r.unplaceable(), stuck, shrunk.shrunk());
    }

    /** {@code key x: read() → 3 cannot be placed after write(1) ok, write(2) ok (state 2)}. */
    String describe(Counterexample c) {
        Map<Integer, Call> byId = byId(c.calls());
        List<String> shown = new ArrayList<>();
        List<Integer> prefix = c.longestPrefix();
        int from = Math.max(0, prefix.size() - PREFIX_SHOWN);
        if (from > 0) {
            shown.add("… " + from + " earlier");
        }
        for (int id : prefix.subList(from, prefix.size())) {
            shown.add(model.describe(byId.get(id)));
        }
        String where = History.NO_KEY.equals(c.key()) ? "" : "key " + c.key() + ": ";
        String after = prefix.isEmpty() ? "first" : "after " + String.join(", ", shown);
        return where + c.unplaceableText() + " cannot be placed " + after + " (state " + c.stateAfterPrefix() + ")";
    }

    Anomaly anomaly(Counterexample c) {
        List<Long> lines = new ArrayList<>();
        for (Call call : c.calls()) {
            lines.add(call.invokeIndex());
            if (call.completeIndex() >= 0) {
                lines.add(call.completeIndex());
            }
        }
        lines.sort(null);
        return new Anomaly("not-linearizable", describe(c), lines);
    }

    private static Map<Integer, Call> byId(List<Call> calls) {
        Map<Integer, Call> byId = new HashMap<>();
        calls.forEach(call -> byId.put(call.id(), call));
        return byId;
    }
}
