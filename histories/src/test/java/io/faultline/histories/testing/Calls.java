package io.faultline.histories.testing;

import io.faultline.histories.Call;
import io.faultline.histories.Outcome;

/** Single calls for model unit tests, outside any history. */
public final class Calls {
    private Calls() {
    }

    public static Call ok(String f, Object in, Object out) {
        return call(f, in, out, Outcome.OK, null);
    }

    public static Call fail(String f, Object in, String error) {
        return call(f, in, null, Outcome.FAIL, error);
    }

    public static Call unknown(String f, Object in) {
        return call(f, in, null, Outcome.UNKNOWN, null);
    }

    private static Call call(String f, Object in, Object out, Outcome outcome, String error) {
        return new Call(0, 0, f, null, in, out, outcome, error, 0, 1, 0, outcome == Outcome.UNKNOWN ? -1 : 1, null);
    }
}
