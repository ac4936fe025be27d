package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.maelstrom.MaelstromRuntime;
import io.faultline.process.ProcessRuntime;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.runtime.Runtimes;
import io.faultline.sim.SimRuntime;
import org.junit.jupiter.api.Test;

class RuntimesTest {

    @Test
    void theSimulatorTheMaelstromAndTheProcessRuntimesAreRegisteredByName() {
        assertThat(Runtimes.all()).containsKeys("maelstrom", "process", "sim");
        assertThat(Runtimes.byName("sim").create(RuntimeSettings.quiet(1))).isInstanceOf(SimRuntime.class);
        assertThat(Runtimes.byName("sim").runsPrograms()).isFalse();
        assertThat(Runtimes.byName("maelstrom").create(RuntimeSettings.quiet(1))).isInstanceOf(MaelstromRuntime.class);
        assertThat(Runtimes.byName("maelstrom").runsPrograms()).isTrue();
        assertThat(Runtimes.byName("process").create(RuntimeSettings.quiet(1))).isInstanceOf(ProcessRuntime.class);
    }

    @Test
    void anUnknownRuntimeListsTheKnownOnesInOneLine() {
        assertThatThrownBy(() -> Runtimes.byName("kubernetes"))
                .hasMessageStartingWith("no runtime named 'kubernetes'; known: ")
                .hasMessageContaining("maelstrom, process, sim")
                .hasMessageNotContaining("\n");
    }
}
