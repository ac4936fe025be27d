package io.faultline.runtime;

/**
 * A throttled link as a wire that sends one message at a time: a message starts when the link is free (now, or
 * when the messages queued ahead of it are out) and takes its size over the bandwidth. The nets that deliver
 * messages themselves (the simulator's, Maelstrom's) keep, per link, when it is next free.
 */
public final class Bandwidth {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Bandwidth() {
    }

    /** When a message of {@code sizeBytes} handed to the link at {@code nowNanos} is fully sent. */
    public static long sentAt(long freeAtNanos, long nowNanos, long sizeBytes, long bytesPerSecond) {
        return Math.max(freeAtNanos, nowNanos) + Math.ceilDiv(sizeBytes * NANOS_PER_SECOND, bytesPerSecond);
    }
}
