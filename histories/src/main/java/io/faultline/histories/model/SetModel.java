package io.faultline.histories.model;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grow-only set: {@code add(x)}, and {@code read} returning every element (a list or set, compared as a set).
 * The whole history is one object, so there is a single partition. States are {@link ElementSet}s.
 */
public final class SetModel implements Model<ElementSet> {

    @Override
    public String name() {
        return "set";
    }

    @Override
    public ElementSet init() {
        return ElementSet.empty();
    }

    @Override
    public ElementSet step(ElementSet state, Call call) {
        return switch (call.f()) {
            case "add" -> state.with(call.input());
            case "read" -> read(state, call);
            default -> throw UnsupportedCall.of(this, call, "add, read");
        };
    }

    private ElementSet read(ElementSet state, Call call) {
        if (!call.isOk()) {
            return state;
        }
        if (call.output() != null && !(call.output() instanceof Collection<?>)) {
            throw new IllegalArgumentException("model set: read (call " + call.id() + ") returned "
                    + Describe.value(call.output()) + ", not a collection of elements");
        }
        return ElementSet.of((Collection<?>) call.output()).equals(state) ? state : null;
    }

    /** One partition: a set is a single object whatever keys its ops carry. */
    @Override
    public Map<Object, List<Call>> partition(History history) {
        Map<Object, List<Call>> one = new LinkedHashMap<>();
        one.put(History.NO_KEY, history.calls());
        return one;
    }

    @Override
    public String describeState(ElementSet state) {
        return state.toString();
    }
}
