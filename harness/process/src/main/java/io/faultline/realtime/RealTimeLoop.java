package io.faultline.realtime;

import io.faultline.runtime.EventLoop;
import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The harness's event loop in a real runtime (processes, Maelstrom nodes): time is the monotonic clock since the
 * loop was made, and {@code runUntil} sleeps between events. Actions run one at a time on the thread that calls
 * {@code runUntil}; other threads (socket and pipe readers, process watchers) never touch harness state: they
 * {@link #post} an action, which runs on the loop thread in arrival order. So the runner stays single-threaded.
 *
 * <p>{@link #now()} stands still while an action runs: it is the time the loop read just before running it. That
 * keeps {@code schedule(now(), …)} legal from any action (a clock that moved between the two reads would make it
 * "in the past"), and stamps every history line an action writes with one time. Outside actions {@code now()}
 * reads the clock. A time before the latest {@code now()} is rejected, as the {@link EventLoop} contract says.
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
    private long now;
    private long scheduled;
    private boolean inAction;

    /** Call on the loop thread; another thread reads no harness time. */
    @Override
    public long now() {
        return inAction ? now : readClock();
    }

    /** Call on the loop thread (from a running action, or before the loop runs); other threads {@link #post}. */
    @Override
    public void schedule(long atNanos, Runnable action) {
        if (atNanos < now) {
            throw new IllegalArgumentException("action at " + atNanos + " ns is before now, " + now + " ns");
        }
        agenda.add(new Timed(atNanos, scheduled++, action));
    }

    /** Runs {@code action} on the loop thread as soon as it gets to it. Safe from any thread. */
    public void post(Runnable action) {
        inbox.add(action);
    }

    /** Runs everything due up to {@code untilNanos}; afterwards {@code now() >= untilNanos} (real time overshoots). */
    @Override
    public void runUntil(long untilNanos) {
        while (true) {
            takeInbox();
            Timed next = agenda.peek();
            if (next != null && next.atNanos() <= Math.min(now, untilNanos)) {
                fire();
            } else if (now >= untilNanos) {
                return;
            } else {
                await(next == null ? untilNanos : Math.min(next.atNanos(), untilNanos));
            }
        }
    }

    @Override
    public boolean runUntil(BooleanSupplier done, long deadlineNanos) {
        while (!done.getAsBoolean()) {
            takeInbox();
            Timed next = agenda.peek();
            if (next != null && next.atNanos() <= Math.min(now, deadlineNanos)) {
                fire();
            } else if (now >= deadlineNanos) {
                return false;
            } else {
                await(next == null ? deadlineNanos : Math.min(next.atNanos(), deadlineNanos));
            }
        }
        return true;
    }

    private long readClock() {
        now = Math.max(now, System.nanoTime() - originNanos);
        return now;
    }

    /** Reads the clock and puts what other threads posted on the agenda, due now, in the order they came. */
    private void takeInbox() {
        readClock();
        Runnable posted;
        while ((posted = inbox.poll()) != null) {
            agenda.add(new Timed(now, scheduled++, posted));
        }
    }

    private void fire() {
        Runnable action = agenda.poll().action();
        inAction = true;
        try {
            action.run();
        } finally {
            inAction = false;
        }
    }

    /** Sleeps until {@code wakeNanos} or until another thread posts something, whichever is first. */
    private void await(long wakeNanos) {
        long sleepNanos = wakeNanos - (System.nanoTime() - originNanos);
        if (sleepNanos <= 0) {
            return;
        }
        try {
            Runnable posted = inbox.poll(sleepNanos, TimeUnit.NANOSECONDS);
            if (posted != null) {
                // it arrived first, so it goes on the agenda before whatever takeInbox() drains after it
                agenda.add(new Timed(readClock(), scheduled++, posted));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the event loop was interrupted", e);
        }
    }
}
