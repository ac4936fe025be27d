package io.faultline.histories.model;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Outcome;
import java.util.List;
import java.util.Map;

/**
 * A sequential specification of a data type, in the style of Porcupine's {@code Model}. Pure: no I/O, no
 * mutation of states. The checkers know nothing of registers or sets; they only ask a model.
 *
 * <p>States must implement {@code equals} and {@code hashCode} by value: checkers memoize on them.
 *
 * @param <S> the state type
 */
public interface Model<S> {

    /** A short name: {@code cas-register}, {@code kv}, … */
    String name();

    /** The state before any operation. */
    S init();

    /**
     * Applies {@code call} to {@code state}. Returns the next state if the call could have taken effect in
     * that state with the output it observed, or {@code null} if it could not. For a call with an
     * {@link Outcome#UNKNOWN} outcome the output is unconstrained: only the effect matters.
     */
    S step(S state, Call call);

    /**
     * Whether a checker must place this call in its order: every {@code ok} call, and every unknown call that
     * might have changed the state. {@code fail} calls did not happen; unknown reads change nothing.
     */
    default boolean mustPlace(Call call) {
        return switch (call.outcome()) {
            case OK -> true;
            case FAIL -> false;
            case UNKNOWN -> !isReadOnly(call);
        };
    }

    /** Whether the call only observes the state. */
    default boolean isReadOnly(Call call) {
        return "read".equals(call.f()) || "get".equals(call.f());
    }

    /**
     * Splits a history into parts that can be checked independently (P-compositionality). The default
     * splits by key, which is right for every model whose keys are independent objects.
     */
    default Map<Object, List<Call>> partition(History history) {
        return history.callsByKey();
    }

    /**
     * The value every key holds before any operation, for checkers that reason about values rather than states
     * (the weaker checks): {@code null} for nil, and for models whose state is no single value (a set).
     */
    default Object initialValue() {
        return null;
    }

    /**
     * Whether an {@code ok} call's output says nothing about the state, so that no checker may draw a conclusion
     * from it: Knossos's convention that a read of nil is legal in any state. False by default.
     */
    default boolean isUninformative(Call call) {
        return false;
    }

    /** A short human description of a call, for counterexamples: {@code cas(1→2) ok}. */
    default String describe(Call call) {
        return Describe.call(call);
    }

    /** A short human description of a state. */
    default String describeState(S state) {
        return String.valueOf(state);
    }
}
