package io.faultline.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.process.ProcessRuntime;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.runtime.Runtimes;
import io.faultline.sim.SimRuntime;
import org.junit.jupiter.api.Test;

class RuntimesTest {

    @Test
    void theSimulatorAndTheProcessRuntimeAreRegisteredByName() {
        assertThat(Runtimes.all()).containsKeys("sim", "process");
        assertThat(Runtimes.byName("sim").create(RuntimeSettings.quiet(1))).isInstanceOf(SimRuntime.class);
        assertThat(Runtimes.byName("process").create(RuntimeSettings.quiet(1))).isInstanceOf(ProcessRuntime.class);
    }

    @Test
    void anUnknownRuntimeListsTheKnownOnesInOneLine() {
        assertThatThrownBy(() -> Runtimes.byName("kubernetes"))
                .hasMessageStartingWith("no runtime named 'kubernetes'; known: ")
                .hasMessageContaining("process, sim")
                .hasMessageNotContaining("\n");
    }
}
