package io.faultline.histories.check.sequential;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;

/**
 * Which calls only observe the state: read-only calls ({@link Model#isReadOnly}), and failed calls the model
 * still places because they observed something (a cas whose precondition failed saw another value; a fail
 * otherwise means the call did not happen). The sequential search relies on an observation leaving the state
 * as it found it whenever the model accepts it.
 */
final class Observations {
    private Observations() {
    }

    static boolean isObservation(Model<?> model, Call c) {
        return model.isReadOnly(c) || c.isFail();
    }
}
