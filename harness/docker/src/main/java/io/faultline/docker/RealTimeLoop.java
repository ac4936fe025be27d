package io.faultline.docker;

import io.faultline.runtime.EventLoop;
import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The harness's event loop on the wall clock: {@code now()} is monotonic time since the cluster started, and
 * {@code runUntil} sleeps between events. Other threads (socket readers) hand work to the loop with {@link #post};
 * everything, scheduled or posted, runs on the thread that calls {@code runUntil}, one action at a time, so the
 * runner stays single-threaded as in the simulator. Not tied to Docker: any real runtime can use it.
 */
public final class RealTimeLoop implements EventLoop {

    private record Scheduled(long atNanos, long order, Runnable action) {
    }

    private final long originNanos = System.nanoTime();
    private final PriorityQueue<Scheduled> timers = new PriorityQueue<>((a, b) -> a.atNanos != b.atNanos
            ? Long.compare(a.atNanos, b.atNanos) : Long.compare(a.order, b.order));
    private final LinkedBlockingQueue<Runnable> posted = new LinkedBlockingQueue<>();
    private long scheduledCount;
    // a posted action taken while waiting, kept so that `done` is checked before it runs
    private Runnable arrived;

    @Override
    public long now() {
        return System.nanoTime() - originNanos;
    }

    @Override
    public void schedule(long atNanos, Runnable action) {
        // the clock moves on its own, so "now" may already be a little in the past when the caller asks for it
        synchronized (timers) {
            timers.add(new Scheduled(atNanos, scheduledCount++, action));
        }
    }

    /** Runs {@code action} on the loop as soon as possible; safe from any thread. */
    public void post(Runnable action) {
        posted.add(action);
    }

    @Override
    public void runUntil(long untilNanos) {
        runUntil(() -> false, untilNanos);
    }

    @Override
    public boolean runUntil(BooleanSupplier done, long deadlineNanos) {
        while (!done.getAsBoolean()) {
            Runnable next = nextDue();
            if (next != null) {
                next.run();
                continue;
            }
            long now = now();
            if (now >= deadlineNanos) {
                return false;
            }
            waitForWork(Math.min(deadlineNanos, nextTimerNanos()) - now);
        }
        return true;
    }

    /** A posted action first (a reply that arrived), else the earliest timer that is due, else null. */
    private Runnable nextDue() {
        Runnable action = arrived != null ? arrived : posted.poll();
        arrived = null;
        if (action != null) {
            return action;
        }
        synchronized (timers) {
            Scheduled first = timers.peek();
            if (first != null && first.atNanos <= now()) {
                return timers.poll().action;
            }
        }
        return null;
    }

    private long nextTimerNanos() {
        synchronized (timers) {
            Scheduled first = timers.peek();
            return first == null ? Long.MAX_VALUE : first.atNanos;
        }
    }

    /** Sleeps until a posted action arrives or {@code nanos} pass. */
    private void waitForWork(long nanos) {
        try {
            arrived = posted.poll(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster", e);
        }
    }
}
