package io.faultline.process;

import io.faultline.runtime.Runtime;
import io.faultline.runtime.RuntimeProvider;
import io.faultline.runtime.RuntimeSettings;

/** Registers runtime {@code process}: node server JVMs on this machine, every link through Toxiproxy. */
public final class ProcessRuntimeProvider implements RuntimeProvider {

    @Override
    public String name() {
        return "process";
    }

    @Override
    public String description() {
        return "one node server JVM per node on 127.0.0.1, every link through a local toxiproxy-server; real time";
    }

    @Override
    public Runtime create(RuntimeSettings settings) {
        return new ProcessRuntime(settings, true);
    }
}
