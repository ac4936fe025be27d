package io.faultline.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.runtime.RuntimeSettings;
import io.faultline.runtime.Runtimes;
import io.faultline.sim.SimRuntime;
import org.junit.jupiter.api.Test;

class RuntimesTest {

    @Test
    void theSimulatorIsRegisteredAsSim() {
        assertThat(Runtimes.all()).containsOnlyKeys("sim");
        assertThat(Runtimes.byName("sim").create(RuntimeSettings.quiet(1))).isInstanceOf(SimRuntime.class);
    }

    @Test
    void anUnknownRuntimeListsTheKnownOnes() {
        assertThatThrownBy(() -> Runtimes.byName("docker")).hasMessage("no runtime named 'docker'; known: sim");
    }
}
