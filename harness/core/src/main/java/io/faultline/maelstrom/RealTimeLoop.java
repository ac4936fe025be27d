package io.faultline.maelstrom;

import io.faultline.runtime.EventLoop;
import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * An {@link EventLoop} on the monotonic wall clock, for runtimes whose nodes are real processes. Actions run one at
 * a time on the thread that calls {@code runUntil}; other threads (process readers) hand work in with
 * {@link #post}, and it runs on that thread too, in arrival order, so nothing the harness owns needs a lock.
 *
 * <p>{@link #now()} is the clock as the loop last read it: it stands still while an action runs and between calls
 * to {@code runUntil}. That keeps {@code schedule(now(), …)} legal from any action (a clock that moved between the
 * two reads would make it "in the past") and stamps every history line an action writes with one time.
 */
public final class RealTimeLoop implements EventLoop {

    private record Scheduled(long atNanos, long seq, Runnable action) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled other) {
            int byTime = Long.compare(atNanos, other.atNanos);
            return byTime != 0 ? byTime : Long.compare(seq, other.seq);
        }
    }

    private final LongSupplier clock;
    private final long originNanos;
    private final PriorityQueue<Scheduled> agenda = new PriorityQueue<>();
    private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private long now;
    private long nextSeq;

    public RealTimeLoop() {
        this(System::nanoTime);
    }

    RealTimeLoop(LongSupplier clock) {
        this.clock = clock;
        this.originNanos = clock.getAsLong();
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public void schedule(long atNanos, Runnable action) {
        if (atNanos < now) {
            throw new IllegalArgumentException("action at " + atNanos + " is before now " + now);
        }
        agenda.add(new Scheduled(atNanos, nextSeq++, action));
    }

    /** Runs {@code action} on the loop's thread as soon as it gets to it. Safe from any thread. */
    public void post(Runnable action) {
        inbox.add(action);
    }

    /** Runs everything due up to {@code untilNanos}; afterwards {@code now() >= untilNanos} (real time overshoots). */
    @Override
    public void runUntil(long untilNanos) {
        while (true) {
            tick();
            Scheduled next = agenda.peek();
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
            tick();
            Scheduled next = agenda.peek();
            if (next != null && next.atNanos() <= now) {
                fire();
            } else if (now > deadlineNanos) {
                return false;
            } else {
                await(next == null ? deadlineNanos + 1 : Math.min(next.atNanos(), deadlineNanos + 1));
            }
        }
        return true;
    }

    /** Reads the clock and moves what other threads posted onto the agenda, due now. */
    private void tick() {
        now = Math.max(now, clock.getAsLong() - originNanos);
        Runnable posted;
        while ((posted = inbox.poll()) != null) {
            agenda.add(new Scheduled(now, nextSeq++, posted));
        }
    }

    private void fire() {
        agenda.poll().action().run();
    }

    /** Sleeps until {@code wakeNanos} or until another thread posts something, whichever is first. */
    private void await(long wakeNanos) {
        long sleepNanos = wakeNanos - (clock.getAsLong() - originNanos);
        if (sleepNanos <= 0) {
            return;
        }
        try {
            Runnable posted = inbox.poll(sleepNanos, TimeUnit.NANOSECONDS);
            if (posted != null) {
                // it arrived first, so it goes on the agenda before whatever tick() drains after it
                now = Math.max(now, clock.getAsLong() - originNanos);
                agenda.add(new Scheduled(now, nextSeq++, posted));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for events", e);
        }
    }
}
