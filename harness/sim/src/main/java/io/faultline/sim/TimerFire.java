package io.faultline.sim;

/**
 * A timer set by a node, and the event of its firing. Cancelling removes it from its node's table; the event
 * stays in the agenda and finds itself gone when it fires (lazy deletion: no heap surgery).
 */
final class TimerFire implements SimEvent {

    final long id;
    final int incarnation;
    final Object tag;
    private final SimNode node;

    TimerFire(SimNode node, long id, int incarnation, Object tag) {
        this.node = node;
        this.id = id;
        this.incarnation = incarnation;
        this.tag = tag;
    }

    @Override
    public void fire() {
        node.timerDue(this);
    }
}
