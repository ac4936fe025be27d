package io.faultline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimBenchTest {

    @Test
    void theBenchWorkloadDeliversMessagesAndIsDeterministic() {
        SimCluster first = SimBench.start(SimConfig.defaults(5), 5, 50);
        SimCluster second = SimBench.start(SimConfig.defaults(5), 5, 50);
        first.loop().runUntil(100_000_000);
        second.loop().runUntil(100_000_000);
        // 250 potatoes, each thrown every ~1 ms of virtual time, for 100 ms
        assertThat(first.net().deliveredCount()).isBetween(20_000L, 30_000L)
                .isEqualTo(second.net().deliveredCount());
    }

    @Test
    void measuringReportsARate() {
        SimCluster cluster = SimBench.start(SimConfig.defaults(5), 3, 10);
        SimBench.Result result = SimBench.measure(cluster, 50_000_000);
        assertThat(result.delivered()).isPositive();
        assertThat(result.perSecond()).isPositive();
        assertThat(result.perCpuSecond()).isPositive();
        assertThat(result.virtualNanos()).isPositive();
    }
}
