package io.faultline.histories.render;

import io.faultline.histories.Call;
import io.faultline.histories.check.Counterexample;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A counterexample's calls looked up by id, and each call's place in the longest linearizable prefix. The record
 * refers to calls by id (ids need not be dense after shrinking), so every renderer needs this lookup.
 */
final class CounterexampleIndex {
    private final Counterexample cx;
    private final Map<Integer, Call> byId;
    private final Map<Integer, Integer> orderById;

    CounterexampleIndex(Counterexample cx) {
        this.cx = cx;
        this.byId = HashMap.newHashMap(cx.calls().size());
        cx.calls().forEach(c -> byId.put(c.id(), c));
        this.orderById = HashMap.newHashMap(cx.longestPrefix().size());
        List<Integer> prefix = cx.longestPrefix();
        for (int i = 0; i < prefix.size(); i++) {
            orderById.putIfAbsent(prefix.get(i), i + 1);
        }
    }

    Counterexample counterexample() {
        return cx;
    }

    /** The call with this id, or {@code null} when the record names a call it does not hold. */
    Call call(int id) {
        return byId.get(id);
    }

    /** The call's 1-based position in the longest linearizable prefix, or 0 when it is not in it. */
    int order(int callId) {
        return orderById.getOrDefault(callId, 0);
    }

    /** The call that cannot be placed, or {@code null} when there is none. */
    Call unplaceable() {
        return cx.unplaceable() < 0 ? null : byId.get(cx.unplaceable());
    }

    /** The last call of the prefix, or {@code null} when the prefix is empty. */
    Call lastPlaced() {
        List<Integer> prefix = cx.longestPrefix();
        return prefix.isEmpty() ? null : byId.get(prefix.get(prefix.size() - 1));
    }

    /** The text the checker gave for the unplaceable call, or our own when it gave none. */
    String unplaceableText(int maxChars) {
        String model = cx.unplaceableText();
        Call call = unplaceable();
        if (model != null && !model.isBlank()) {
            return Text.bounded((call == null ? "" : "p" + call.process() + " ") + model, maxChars);
        }
        return call == null ? "call " + cx.unplaceable() : CallText.label(call, maxChars);
    }
}
