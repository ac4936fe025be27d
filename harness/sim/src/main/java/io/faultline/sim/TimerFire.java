package io.faultline.sim;

/**
 * A timer set by a node, and the event of its firing. Cancelling removes it from its node's table; the event
 * stays in the agenda and finds itself gone when it fires (lazy deletion: no heap surgery).
 */
final class TimerFire implements SimEvent {

    final long id;
    final int incarnation;
    final Object tag;
    /** The virtual time it is due at, so that a step-by-step test can pick the node's next timer. */
    final long dueNanos;
    private final SimNode node;

    TimerFire(SimNode node, long id, int incarnation, Object tag, long dueNanos) {
        this.node = node;
        this.id = id;
        this.incarnation = incarnation;
        this.tag = tag;
        this.dueNanos = dueNanos;
    }

    /** Due earlier, or at the same time but set earlier: the order in which the agenda would fire the two. */
    boolean dueBefore(TimerFire other) {
        return dueNanos < other.dueNanos || (dueNanos == other.dueNanos && id < other.id);
    }

    @Override
    public void fire() {
        node.timerDue(this);
    }
}
