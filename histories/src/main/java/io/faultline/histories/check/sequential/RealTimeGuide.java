package io.faultline.histories.check.sequential;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;

/**
 * How much of real-time order a phase of the sequential search follows when it chooses calls. Sequential
 * consistency ignores real time, so following it only narrows where the search looks first: any order found is
 * a witness whatever the guide, and only the unguided search may conclude that no order exists.
 *
 * <p>The guided search finds witnesses fast for histories whose writes are linearizable while reads lag
 * behind, as with reads served by followers or backups.
 */
enum RealTimeGuide {
    /**
     * A call that may change the state may be chosen only if no unplaced such call returned before it was
     * invoked; observations follow program order only.
     */
    WRITES_ONLY,
    /** Program order only: the complete search. */
    NONE;

    /** Whether this guide orders {@code c} by real time. */
    boolean constrains(Call c, Model<?> model) {
        return this == WRITES_ONLY && !Observations.isObservation(model, c);
    }
}
