package io.faultline.docker;

import io.faultline.runtime.Runtime;
import io.faultline.runtime.RuntimeProvider;
import io.faultline.runtime.RuntimeSettings;

/** Registers the docker runtime as {@code docker}. */
public final class DockerRuntimeProvider implements RuntimeProvider {

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public String description() {
        return "node-server containers on a private Docker network, every link through a Toxiproxy container";
    }

    @Override
    public Runtime create(RuntimeSettings settings) {
        return new DockerRuntime(settings);
    }
}
