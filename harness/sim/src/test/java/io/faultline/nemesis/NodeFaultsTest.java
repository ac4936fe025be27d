package io.faultline.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.runtime.Cluster;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.EventLoop;
import io.faultline.runtime.Net;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;
import io.faultline.sim.testnodes.TestSystem;
import io.faultline.workloads.client.ClientTransport;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Kill and pause hit a random node or minority and heal exactly what they hit; a runtime without them says so. */
class NodeFaultsTest {

    private final SimCluster cluster = new SimRuntime(SimConfig.defaults(1))
            .start(ClusterSpec.of(TestSystem.gossip(), 5));

    @Test
    void killCrashesAMinorityAndStartRestartsIt() {
        KillNemesis kill = new KillNemesis();
        for (int seed = 0; seed < 20; seed++) {
            List<String> killed = nodes(kill.start(cluster, new SplittableRandom(seed)));

            assertThat(killed).hasSizeBetween(1, 2).allMatch(node -> !cluster.isRunning(node));
            assertThat(cluster.nodes()).filteredOn(cluster::isRunning).hasSize(5 - killed.size());
            assertThat(nodes(kill.stop(cluster))).isEqualTo(killed);
            assertThat(cluster.nodes()).allMatch(cluster::isRunning);
        }
        assertThat(kill.stop(cluster)).isEqualTo("nothing to restart");
    }

    @Test
    void pauseFreezesAMinorityAndResumeThawsIt() {
        PauseNemesis pause = new PauseNemesis();
        for (int seed = 0; seed < 20; seed++) {
            List<String> paused = nodes(pause.start(cluster, new SplittableRandom(seed)));

            assertThat(paused).hasSizeBetween(1, 2).allMatch(cluster::isPaused);
            assertThat(nodes(pause.stop(cluster))).isEqualTo(paused);
            assertThat(cluster.nodes()).noneMatch(cluster::isPaused);
        }
    }

    @Test
    void targetsVaryWithTheRandomStreamAndRepeatWithIt() {
        KillNemesis kill = new KillNemesis();
        List<String> first = Arrays.asList(new String[10]);
        for (int seed = 0; seed < 10; seed++) {
            first.set(seed, kill.start(cluster, new SplittableRandom(seed)));
            kill.stop(cluster);
        }
        for (int seed = 0; seed < 10; seed++) {
            assertThat(kill.start(cluster, new SplittableRandom(seed))).isEqualTo(first.get(seed));
            kill.stop(cluster);
        }
        assertThat(first.stream().distinct().count()).isGreaterThan(3);
    }

    @Test
    void aRuntimeThatCannotKillOrPauseSaysSoInOneLine() {
        Cluster netOnly = new NetOnlyCluster(cluster);

        assertThatThrownBy(() -> new KillNemesis().requireCapabilities(netOnly))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("the kill nemesis needs a runtime that is Killable, and NetOnlyCluster is not");
        assertThatThrownBy(() -> new PauseNemesis().requireCapabilities(netOnly)).hasMessageContaining("Pausable");
        assertThatThrownBy(() -> new ClockNemesis().requireCapabilities(netOnly)).hasMessageContaining("ClockSkewable");
        new PartitionNemesis().requireCapabilities(netOnly);
    }

    private static List<String> nodes(String description) {
        return List.of(description.split(" "));
    }

    /** A cluster with a network and nothing else, as a runtime without process control would offer. */
    private record NetOnlyCluster(Cluster inner) implements Cluster {
        @Override
        public List<String> nodes() {
            return inner.nodes();
        }

        @Override
        public Net net() {
            return inner.net();
        }

        @Override
        public EventLoop loop() {
            return inner.loop();
        }

        @Override
        public ClientTransport client(String id) {
            return inner.client(id);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
