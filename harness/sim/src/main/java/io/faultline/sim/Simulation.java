package io.faultline.sim;

import io.faultline.runtime.EventLoop;
import java.util.function.BooleanSupplier;

/**
 * Virtual time: the event loop of the simulator. Time stands still while an event fires and jumps to the next
 * event's time between them (FoundationDB's simulated run loop). Nothing here reads a wall clock or starts a
 * thread, so the sequence of fired events depends only on the seed and on what the handlers schedule.
 */
final class Simulation implements EventLoop {

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
