package io.faultline.kv.quorum;

import java.util.Comparator;
import java.util.Objects;

/**
 * A last-writer-wins version: a Lamport counter with the writing coordinator's id as tiebreak, so
 * that two different writes never compare equal (Lamport 1978, total order).
 *
 * <p>Under the {@code wall-clock-lww} bug the counter is the coordinator's clock reading instead.
 */
public record Timestamp(long counter, String node) implements Comparable<Timestamp> {

    /** Older than every real timestamp: the version of a key nobody has written. */
    public static final Timestamp ZERO = new Timestamp(0, "");

    private static final Comparator<Timestamp> ORDER =
            Comparator.comparingLong(Timestamp::counter).thenComparing(Timestamp::node);

    public Timestamp {
        Objects.requireNonNull(node, "node");
    }

    @Override
    public int compareTo(Timestamp other) {
        return ORDER.compare(this, other);
    }

    public boolean isNewerThan(Timestamp other) {
        return compareTo(other) > 0;
    }
}
