package io.faultline.sim;

import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Runtime;

/**
 * The default runtime: a whole cluster as objects in one JVM, in virtual time, every random choice from one seed
 * (FoundationDB's simulation, TigerBeetle's VOPR). The same config, spec and harness actions give the same run,
 * event for event; a failure prints the seed that replays it.
 */
public final class SimRuntime implements Runtime {

    private final SimConfig config;
    private final SimTrace trace;

    public SimRuntime(SimConfig config) {
        this(config, SimTrace.NONE);
    }

    public SimRuntime(SimConfig config, SimTrace trace) {
        this.config = config;
        this.trace = trace;
    }

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public SimCluster start(ClusterSpec spec) {
        spec.system().requireKnownBugs(spec.configFor(spec.nodes().get(0)));
        SimCluster cluster = new SimCluster(config, spec, trace);
        cluster.startAll();
        return cluster;
    }
}
