package io.faultline.sim;

/** What every simulated endpoint shares: virtual time, the network, the trace, the seed. */
record World(Simulation sim, SimNet net, SimTrace trace, long seed) {
}
