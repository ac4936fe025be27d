package io.faultline.realtime;

import io.faultline.runtime.EventLoop;
import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The harness's event loop in a real runtime: time is the monotonic clock since the loop was made, and
 * {@code runUntil} sleeps between events. Other threads (socket readers, process watchers) never touch harness
 * state: they {@link #post} an action, which runs on the loop thread like any scheduled one. So the runner stays
 * single-threaded in real runtimes too.
 *
 * <p>Time passes between reading {@link #now()} and calling {@link #schedule}, so a time already past is not an
 * error here: the action runs as soon as the loop gets to it (the simulator, where time stands still during an
 * event, still rejects it).
 */
public final class RealTimeLoop implements EventLoop {

    private record Timed(long atNanos, long order, Runnable action) implements Comparable<Timed> {
        @Override
        public int compareTo(Timed other) {
            int byTime = Long.compare(atNanos, other.atNanos);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    private final long originNanos = System.nanoTime();
    // loop thread only
    private final PriorityQueue<Timed> agenda = new PriorityQueue<>();
    private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private long scheduled;

    @Override
    public long now() {
        return System.nanoTime() - originNanos;
    }

    /** Call on the loop thread (from a running action, or before the loop runs); other threads {@link #post}. */
    @Override
    public void schedule(long atNanos, Runnable action) {
        agenda.add(new Timed(atNanos, scheduled++, action));
    }

    /** Runs {@code action} on the loop thread as soon as it gets to it. Safe from any thread. */
    public void post(Runnable action) {
        inbox.add(action);
    }

    @Override
    public void runUntil(long untilNanos) {
        runUntil(() -> false, untilNanos);
    }

    @Override
    public boolean runUntil(BooleanSupplier done, long deadlineNanos) {
        while (!done.getAsBoolean()) {
            Runnable next = nextEvent(deadlineNanos);
            if (next == null) {
                return false;
            }
            next.run();
        }
        return true;
    }

    /** The next action to run: posted ones first, then timed ones that are due; waits; null at the deadline. */
    private Runnable nextEvent(long deadlineNanos) {
        while (true) {
            Runnable posted = inbox.poll();
            if (posted != null) {
                return posted;
            }
            long now = now();
            Timed first = agenda.peek();
            if (first != null && first.atNanos() <= now && first.atNanos() <= deadlineNanos) {
                return agenda.poll().action();
            }
            if (now >= deadlineNanos) {
                return null;
            }
            long wakeNanos = first == null ? deadlineNanos : Math.min(first.atNanos(), deadlineNanos);
            Runnable arrived = await(wakeNanos - now);
            if (arrived != null) {
                return arrived;
            }
        }
    }

    private Runnable await(long nanos) {
        try {
            return inbox.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the event loop was interrupted", e);
        }
    }
}
