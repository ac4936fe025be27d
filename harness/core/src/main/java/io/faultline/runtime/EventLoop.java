package io.faultline.runtime;

import java.util.function.BooleanSupplier;

/**
 * The harness's clock and scheduler. In the simulator time is virtual and jumps from event to event; in real
 * runtimes it is a monotonic wall clock and {@code runUntil} sleeps. Either way, every action scheduled here and
 * every client ({@link io.faultline.workloads.client.ClientTransport}) callback runs on the thread that calls {@code runUntil}, one at a time.
 */
public interface EventLoop {

    /** Nanoseconds since the cluster started. Never decreases. */
    long now();

    /**
     * Runs {@code action} at {@code atNanos}. Actions due at the same time run in the order they were scheduled.
     *
     * @throws IllegalArgumentException if {@code atNanos} is before {@link #now()}
     */
    void schedule(long atNanos, Runnable action);

    /** Runs everything due up to and including {@code untilNanos}; afterwards {@code now() == untilNanos}. */
    void runUntil(long untilNanos);

    /**
     * Runs until {@code done} is true (checked before each event) or time would pass {@code deadlineNanos}.
     *
     * @return whether {@code done} became true
     */
    boolean runUntil(BooleanSupplier done, long deadlineNanos);
}
