package io.faultline.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.maelstrom.MaelstromRuntime;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.runtime.Runtimes;
import io.faultline.sim.SimRuntime;
import org.junit.jupiter.api.Test;

class RuntimesTest {

    @Test
    void theSimulatorIsRegisteredAsSimAndTheMaelstromRuntimeAsMaelstrom() {
        assertThat(Runtimes.all()).containsOnlyKeys("maelstrom", "sim");
        assertThat(Runtimes.byName("sim").create(RuntimeSettings.quiet(1))).isInstanceOf(SimRuntime.class);
        assertThat(Runtimes.byName("sim").runsPrograms()).isFalse();
        assertThat(Runtimes.byName("maelstrom").create(RuntimeSettings.quiet(1))).isInstanceOf(MaelstromRuntime.class);
        assertThat(Runtimes.byName("maelstrom").runsPrograms()).isTrue();
    }

    @Test
    void anUnknownRuntimeListsTheKnownOnes() {
        assertThatThrownBy(() -> Runtimes.byName("docker")).hasMessage("no runtime named 'docker'; known: maelstrom, sim");
    }
}
