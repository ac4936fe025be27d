package io.faultline.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;
import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.testnodes.TestSystem;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The DHT nemeses (churn, fail-fraction, partition-heal) and nemesis options. */
class DhtNemesesTest {

    private static final long MS = 1_000_000L;

    private final SimCluster cluster = new SimRuntime(SimConfig.defaults(1))
            .start(ClusterSpec.of(TestSystem.gossip(), 8));

    private long running() {
        return cluster.nodes().stream().filter(cluster::isRunning).count();
    }

    @Test
    void failFractionCrashesRoundPTimesNAndRestartsThem() {
        Nemesis fail = Nemeses.named(List.of("fail-fraction:p=0.25")).get(0);
        String what = fail.start(cluster, new SplittableRandom(3));

        assertThat(what).startsWith("p=0.25: ");
        assertThat(running()).isEqualTo(6);
        fail.stop(cluster);
        assertThat(running()).isEqualTo(8);
        assertThat(FailFractionNemesis.count(0.5, 8)).isEqualTo(4);
        assertThat(FailFractionNemesis.count(0.01, 8)).isEqualTo(1);
        assertThat(FailFractionNemesis.count(1.0, 8)).isEqualTo(7);
    }

    @Test
    void churnMakesEventsAtItsRateKeepsMinLiveAndHealingRestartsEveryone() {
        Nemesis churn = Nemeses.named(List.of("churn:period-ms=100:min-live=5")).get(0);
        String first = churn.start(cluster, new SplittableRandom(5));
        long fewest = 8;
        for (int tick = 1; tick <= 40; tick++) {
            cluster.loop().runUntil(tick * 50 * MS);
            fewest = Math.min(fewest, running());
        }
        String summary = churn.stop(cluster);

        assertThat(first).startsWith("every 100 ms, at least 5 up; +0ms ");
        // 2 s at one event per 100 ms; the gossip test nodes never answer a leave, so a leaver stops after 1 s
        assertThat(summary).startsWith("21 events [").contains("kill n").contains("leave n").contains("join n");
        assertThat(fewest).isGreaterThanOrEqualTo(5).isLessThan(8);
        cluster.loop().runUntil(cluster.loop().now() + 1_100 * MS); // leaves still pending complete, and restart
        assertThat(running()).isEqualTo(8);
    }

    @Test
    void churnReplaysFromTheSameStream() {
        Nemesis a = Nemeses.named(List.of("churn")).get(0);
        a.start(cluster, new SplittableRandom(9));
        cluster.loop().runUntil(2_000 * MS);
        String first = a.stop(cluster);

        SimCluster other = new SimRuntime(SimConfig.defaults(1)).start(ClusterSpec.of(TestSystem.gossip(), 8));
        Nemesis b = Nemeses.named(List.of("churn")).get(0);
        b.start(other, new SplittableRandom(9));
        other.loop().runUntil(2_000 * MS);
        assertThat(b.stop(other)).isEqualTo(first);
    }

    @Test
    void partitionHealSplitsIntoHalvesAndHeals() {
        Nemesis split = Nemeses.named(List.of("partition-heal")).get(0);
        assertThat(split.start(cluster, new SplittableRandom(1))).matches("halves \\[(n\\d ?){4}\\] \\[(n\\d ?){4}\\]");
        assertThat(cluster.net().grudge().isEmpty()).isFalse();
        assertThat(split.stop(cluster)).isEqualTo("network healed");
        assertThat(cluster.net().grudge().isEmpty()).isTrue();
    }

    @Test
    void badOptionsAreOneLineErrorsNamingTheFix() {
        assertThatThrownBy(() -> Nemeses.named(List.of("fail-fraction:q=1")))
                .hasMessage("nemesis fail-fraction has no option 'q'; it has p");
        assertThatThrownBy(() -> Nemeses.named(List.of("fail-fraction:p=2")))
                .hasMessage("nemesis option fail-fraction:p must be a number from 0.0 to 1.0, not '2'");
        assertThatThrownBy(() -> Nemeses.named(List.of("kill:p=1")))
                .hasMessage("nemesis kill has no option 'p'; it has none");
        assertThatThrownBy(() -> Nemeses.named(List.of("churn:fast")))
                .hasMessageContaining("must be key=value");
    }
}
