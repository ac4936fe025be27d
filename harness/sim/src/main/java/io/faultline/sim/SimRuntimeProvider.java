package io.faultline.sim;

import io.faultline.runtime.Clock;
import io.faultline.runtime.Runtime;
import io.faultline.runtime.RuntimeProvider;
import io.faultline.runtime.RuntimeSettings;

/** Registers the simulator as runtime {@code sim}: a LAN's latencies ({@link SimConfig#defaults}), the run's seed. */
public final class SimRuntimeProvider implements RuntimeProvider {

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public String description() {
        return "deterministic simulation in one JVM, virtual time, every random choice from the seed";
    }

    @Override
    public Clock clock() {
        return Clock.VIRTUAL;
    }

    @Override
    public Runtime create(RuntimeSettings settings) {
        SimTrace trace = settings.isQuiet() ? SimTrace.NONE : new LogTrace(settings.log());
        return new SimRuntime(SimConfig.defaults(settings.seed()), trace);
    }
}
