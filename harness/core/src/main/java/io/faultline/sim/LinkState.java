package io.faultline.sim;

/** The current behaviour of one directed link. Mutable: the nemesis changes it while messages fly. */
final class LinkState {

    boolean cut;
    Latency latency;
    double lossProbability;
    double duplicateProbability;

    LinkState(Latency latency, double lossProbability, double duplicateProbability) {
        reset(latency, lossProbability, duplicateProbability);
    }

    void reset(Latency newLatency, double newLossProbability, double newDuplicateProbability) {
        latency = newLatency;
        lossProbability = newLossProbability;
        duplicateProbability = newDuplicateProbability;
    }
}
