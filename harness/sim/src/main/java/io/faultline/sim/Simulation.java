package io.faultline.sim;

import io.faultline.runtime.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Virtual time: the event loop of the simulator. Time stands still while an event fires and jumps to the next
 * event's time between them (FoundationDB's simulated run loop). Nothing here reads a wall clock or starts a
 * thread, so the sequence of fired events depends only on the seed and on what the handlers schedule.
 */
final class Simulation implements EventLoop {

    /** An event taken off the agenda to be put back, with the time it was due. */
    private record Scheduled(long time, SimEvent event) {
    }

    private final EventQueue agenda = new EventQueue();
    private long now;
    private long firedCount;

    @Override
    public long now() {
        return now;
    }

    /** Schedules an internal event; {@code time} must not be in the past. */
    void at(long time, SimEvent event) {
        if (time < now) {
            throw new IllegalArgumentException("event at " + time + " is before now " + now);
        }
        agenda.push(time, event);
    }

    @Override
    public void schedule(long atNanos, Runnable action) {
        at(atNanos, action::run);
    }

    @Override
    public void runUntil(long untilNanos) {
        while (!agenda.isEmpty() && agenda.peekTime() <= untilNanos) {
            fireNext();
        }
        now = Math.max(now, untilNanos);
    }

    @Override
    public boolean runUntil(BooleanSupplier done, long deadlineNanos) {
        while (!done.getAsBoolean()) {
            if (agenda.isEmpty() || agenda.peekTime() > deadlineNanos) {
                now = Math.max(now, deadlineNanos);
                return false;
            }
            fireNext();
        }
        return true;
    }

    /**
     * Runs until nothing is left to happen or time would pass {@code deadlineNanos}.
     *
     * @return whether the agenda emptied (a cluster with periodic timers never does)
     */
    boolean runUntilIdle(long deadlineNanos) {
        return runUntil(agenda::isEmpty, deadlineNanos);
    }

    /**
     * Fires at the current instant every scheduled event that {@code early} accepts, and every accepted event those
     * schedule, in agenda order; the other events keep their times. Time does not pass, so an accepted event fires
     * before it is due: this is for step-by-step tests, not for runs.
     *
     * @param limit how many events may fire before the call gives up: events that keep causing accepted events
     *              would otherwise never end
     * @return how many events fired
     * @throws IllegalStateException after {@code limit} events, with the agenda as it stands
     */
    long fireEarly(Predicate<SimEvent> early, long limit) {
        List<Scheduled> kept = new ArrayList<>();
        long fired = 0;
        try {
            while (!agenda.isEmpty()) {
                Scheduled next = new Scheduled(agenda.peekTime(), agenda.pop());
                if (!early.test(next.event)) {
                    kept.add(next);
                } else if (fired == limit) {
                    kept.add(next);
                    throw new IllegalStateException(limit + " events fired early and they keep causing more");
                } else {
                    fired++;
                    firedCount++;
                    next.event.fire();
                }
            }
        } finally {
            // popped in (time, sequence) order: pushed back in that order, same-time events keep their order
            kept.forEach(event -> agenda.push(event.time, event.event));
        }
        return fired;
    }

    /** How many events have fired: deliveries, timers, harness actions. */
    long firedCount() {
        return firedCount;
    }

    int pendingCount() {
        return agenda.size();
    }

    private void fireNext() {
        now = agenda.peekTime();
        SimEvent event = agenda.pop();
        firedCount++;
        event.fire();
    }
}
