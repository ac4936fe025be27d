package io.faultline.kv.quorum;

/**
 * A Lamport logical clock (Lamport 1978): ticks before stamping a write, and jumps past every
 * timestamp it sees, so a write stamped after seeing another write always wins over it.
 */
public final class LamportClock {

    private long counter;

    /** Advances the clock and returns a fresh timestamp for a write coordinated by {@code node}. */
    public Timestamp stamp(String node) {
        counter++;
        return new Timestamp(counter, node);
    }

    /** Moves the clock past a timestamp seen in a message or in storage. */
    public void observe(Timestamp seen) {
        counter = Math.max(counter, seen.counter());
    }

    public long counter() {
        return counter;
    }
}
