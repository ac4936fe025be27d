package io.faultline.kv.quorum;

import java.util.Objects;

/**
 * A value with its last-writer-wins timestamp. A replica keeps, per key, the one with the newest
 * timestamp it has seen (Dynamo §4.4 with LWW reconciliation instead of vector clocks).
 */
public record Versioned(Object value, Timestamp timestamp) {

    public Versioned {
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** Of the two, the version a last-writer-wins register keeps. */
    public static Versioned newest(Versioned a, Versioned b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.timestamp().isNewerThan(a.timestamp()) ? b : a;
    }
}
