package io.faultline.sim;

/** Something that happens at one instant of virtual time: a delivery, a timer, a harness action. */
@FunctionalInterface
interface SimEvent {

    void fire();
}
