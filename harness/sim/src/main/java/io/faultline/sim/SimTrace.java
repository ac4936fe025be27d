package io.faultline.sim;

import io.faultline.node.Message;

/**
 * What the simulator reports as it goes: for logs, for debugging a seed, and for determinism tests that compare
 * two runs event by event. Every method has a no-op default, and the simulator builds no strings for it, so an
 * unused trace costs almost nothing.
 */
public interface SimTrace {

    SimTrace NONE = new SimTrace() {
    };

    /** A message reached {@code to}'s handler (or, for a client, its pending request). */
    default void delivered(long timeNanos, String from, String to, Message body) {
    }

    /** A message was lost: {@code reason} is {@code cut}, {@code lost}, {@code down}, {@code unknown} or {@code late}. */
    default void dropped(long timeNanos, String from, String to, Message body, String reason) {
    }

    /** A timer fired on {@code node}. */
    default void timerFired(long timeNanos, String node, Object tag) {
    }

    /** A fault or a heal: {@code kill n1}, {@code partition [n1->n2]}. */
    default void fault(long timeNanos, String description) {
    }

    /** A line a node logged through {@code Context.log}. */
    default void log(long timeNanos, String node, String line) {
    }
}
