package io.faultline.sim;

/** The current behaviour of one directed link. Mutable: the nemesis changes it while messages fly. */
final class LinkState {

    boolean cut;
    Latency latency;
    double lossProbability;
    double duplicateProbability;
    /** 0: unlimited; otherwise messages queue on the link ({@link io.faultline.runtime.Bandwidth}). */
    long bytesPerSecond;
    /** When a throttled link has sent what is queued on it. */
    long freeAtNanos;

    LinkState(Latency latency, double lossProbability, double duplicateProbability) {
        reset(latency, lossProbability, duplicateProbability);
    }

    void reset(Latency newLatency, double newLossProbability, double newDuplicateProbability) {
        latency = newLatency;
        lossProbability = newLossProbability;
        duplicateProbability = newDuplicateProbability;
        bytesPerSecond = 0; // no configuration limits bandwidth: only the nemesis does
    }
}
