package io.faultline.histories.check;

import java.time.Duration;

/**
 * Limits on one check. A checker that reaches either limit answers UNKNOWN with what it explored; it never
 * runs out of memory and never passes a history it did not finish checking.
 *
 * @param timeLimit   wall-clock limit for the whole check
 * @param memoryBytes ceiling on the memory the checker's own search structures may hold (an estimate)
 */
public record Budget(Duration timeLimit, long memoryBytes) {

    /** 30 s, and a quarter of the heap the JVM may grow to. */
    public static Budget defaults() {
        return new Budget(Duration.ofSeconds(30), Runtime.getRuntime().maxMemory() / 4);
    }

    public Budget withTimeLimit(Duration limit) {
        return new Budget(limit, memoryBytes);
    }

    public Budget withMemoryBytes(long bytes) {
        return new Budget(timeLimit, bytes);
    }

    /** The instant ({@link System#nanoTime()}) at which a check started now must stop. */
    public long deadlineNanos() {
        long now = System.nanoTime();
        long limit = timeLimit.toNanos();
        return Long.MAX_VALUE - now < limit ? Long.MAX_VALUE : now + limit;
    }
}
