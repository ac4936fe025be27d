package io.faultline.histories.check.weak;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;

/**
 * How much of real-time order a phase of the sequential search follows when it chooses calls. Sequential
 * consistency ignores real time, so following it only narrows where the search looks first: any order found is
 * a witness whatever the guide, and only the unguided phase may conclude that no order exists.
 *
 * <p>The guided phases find witnesses fast for the histories stores usually produce: linearizable ones
 * ({@link #ALL_CALLS}, which is then Wing &amp; Gong's search) and ones whose writes are linearizable while
 * reads lag behind, as with reads served by followers or backups ({@link #WRITES_ONLY}).
 */
enum RealTimeGuide {
    /** A call may be chosen only if no unplaced call returned before it was invoked. */
    ALL_CALLS,
    /** The same, among calls that may change the state; observations follow program order only. */
    WRITES_ONLY,
    /** Program order only: the complete search. */
    NONE;

    /** Whether this guide orders {@code c} by real time. */
    boolean constrains(Call c, Model<?> model) {
        return switch (this) {
            case ALL_CALLS -> true;
            case WRITES_ONLY -> !Observations.isObservation(model, c);
            case NONE -> false;
        };
    }
}
