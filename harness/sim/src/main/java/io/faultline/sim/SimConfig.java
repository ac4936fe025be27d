package io.faultline.sim;

/**
 * How the simulated world behaves before any nemesis touches it.
 *
 * @param seed                 the one seed every random choice of the run derives from
 * @param nodeLatency          latency of node→node links
 * @param clientLatency        latency of client↔node links
 * @param lossProbability      chance that any message is lost
 * @param duplicateProbability chance that a message is delivered twice (each copy with its own latency)
 * @param serialize            round-trip every message through the JSON codec, to catch messages that could not
 *                             cross a real network; slower
 */
public record SimConfig(long seed, Latency nodeLatency, Latency clientLatency, double lossProbability,
                        double duplicateProbability, boolean serialize) {

    /** A LAN: 0.1 ms plus an exponential tail with a 0.9 ms mean, nothing lost or duplicated. */
    public static SimConfig defaults(long seed) {
        Latency lan = Latency.exponential(100_000, 900_000);
        return new SimConfig(seed, lan, lan, 0, 0, false);
    }

    public SimConfig {
        requireProbability(lossProbability);
        requireProbability(duplicateProbability);
    }

    public SimConfig withSeed(long newSeed) {
        return new SimConfig(newSeed, nodeLatency, clientLatency, lossProbability, duplicateProbability, serialize);
    }

    public SimConfig withNodeLatency(Latency latency) {
        return new SimConfig(seed, latency, clientLatency, lossProbability, duplicateProbability, serialize);
    }

    public SimConfig withClientLatency(Latency latency) {
        return new SimConfig(seed, nodeLatency, latency, lossProbability, duplicateProbability, serialize);
    }

    public SimConfig withLoss(double probability) {
        return new SimConfig(seed, nodeLatency, clientLatency, probability, duplicateProbability, serialize);
    }

    public SimConfig withDuplication(double probability) {
        return new SimConfig(seed, nodeLatency, clientLatency, lossProbability, probability, serialize);
    }

    public SimConfig withSerialization(boolean on) {
        return new SimConfig(seed, nodeLatency, clientLatency, lossProbability, duplicateProbability, on);
    }

    static void requireProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
        }
    }
}
