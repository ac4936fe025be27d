package io.faultline.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.runtime.RuntimeProvider;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.runtime.Runtimes;
import org.junit.jupiter.api.Test;

/** The real-time loop the runtime runs on is {@code io.faultline.realtime.RealTimeLoop} in harness/process, tested there. */
class DockerRuntimeProviderTest {

    @Test
    void theDockerRuntimeIsRegistered() {
        RuntimeProvider docker = Runtimes.byName("docker");
        assertThat(docker.create(RuntimeSettings.quiet(1)).name()).isEqualTo("docker");
        assertThat(Runtimes.all()).containsKeys("process", "docker");
    }
}
