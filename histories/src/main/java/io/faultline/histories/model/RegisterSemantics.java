package io.faultline.histories.model;

import io.faultline.histories.Call;
import io.faultline.histories.Outcome;
import java.util.Set;

/**
 * The semantics of one register's operations, shared by {@link RegisterModel}, {@link CasRegisterModel} and
 * {@link KvModel} (which is a register per key). States are canonical values or {@link Values#NIL}.
 */
final class RegisterSemantics {

    /**
     * Errors that mean "the compare saw another value": Maelstrom's code 22 and Jepsen/Porcupine's returned-false
     * cas. Such a fail is a definite observation of the state, not a non-event.
     */
    static final Set<String> PRECONDITION_FAILED = Set.of("precondition-failed", ":precondition-failed", "22");

    private RegisterSemantics() {
    }

    /** A read that observed {@code call.output()}; unknown reads observe nothing. */
    static Object read(Object state, Call call, boolean nilReadsAlwaysLegal) {
        if (call.outcome() != Outcome.OK) {
            return state;
        }
        Object seen = call.output();
        if (Values.holds(state, seen) || (seen == null && nilReadsAlwaysLegal)) {
            return state;
        }
        return null;
    }

    static Object write(Call call) {
        return Values.stateOf(call.input());
    }

    /** Compare-and-set {@code [expected, new]}: ok needs a match; a precondition-failed fail needs a mismatch. */
    static Object cas(Object state, Call call) {
        boolean matches = Values.holds(state, Values.pairElement(call.input(), 0, "cas"));
        Object swapped = Values.stateOf(Values.pairElement(call.input(), 1, "cas"));
        return switch (call.outcome()) {
            case OK -> matches ? swapped : null;
            case FAIL -> matches ? null : state;
            // Porcupine's etcd model: an unknown cas either swapped or saw another value, whichever fits.
            case UNKNOWN -> matches ? swapped : state;
        };
    }

    /** Whether a failed call is a cas that observed a value different from its expected one. */
    static boolean isPreconditionFailure(Call call) {
        return call.isFail() && "cas".equals(call.f()) && call.error() != null
                && PRECONDITION_FAILED.contains(call.error());
    }

    static String describe(Object state) {
        return Describe.value(Values.valueOf(state));
    }
}
