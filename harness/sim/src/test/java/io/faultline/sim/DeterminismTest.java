package io.faultline.sim;

import io.faultline.runtime.Seeds;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.client.Read;
import io.faultline.node.client.Write;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Grudge;
import io.faultline.runtime.Link;
import io.faultline.sim.testnodes.TestSystem;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The point of the simulator: a seed is a run. Same seed, same events; another seed, another run. */
class DeterminismTest {

    private static final long MS = 1_000_000;

    private static SimConfig chaotic(long seed) {
        return SimConfig.defaults(seed).withNodeLatency(Latency.longTail(MS, 20 * MS)).withLoss(0.05)
                .withDuplication(0.02);
    }

    /** Five gossiping nodes under writes, reads, a partition, a crash, a pause, a skew and a slow link. */
    private static List<String> run(SimConfig config) {
        TraceRecorder trace = new TraceRecorder();
        SimCluster cluster = new SimRuntime(config, trace).start(ClusterSpec.of(TestSystem.gossip(), 5));
        SplittableRandom workload = Seeds.derive(config.seed(), "workload");
        for (long t = 0; t < 1_000 * MS; t += 7 * MS) {
            long value = t / MS;
            String node = cluster.nodes().get(workload.nextInt(5));
            cluster.loop().schedule(t, () -> cluster.client("c" + (value % 3))
                    .request(node, value % 2 == 0 ? new Write("s", value) : new Read("s"), 50 * MS, response -> {
                    }));
        }
        cluster.loop().schedule(200 * MS, () -> cluster.net().partition(Grudge.halves(cluster.nodes())));
        cluster.loop().schedule(300 * MS, () -> cluster.kill("n2"));
        cluster.loop().schedule(400 * MS, () -> cluster.net().heal());
        cluster.loop().schedule(500 * MS, () -> cluster.start("n2"));
        cluster.loop().schedule(600 * MS, () -> cluster.pause("n3"));
        cluster.loop().schedule(650 * MS, () -> cluster.skewClock("n4", 30 * MS, 500));
        cluster.loop().schedule(700 * MS, () -> cluster.resume("n3"));
        cluster.loop().schedule(750 * MS, () -> cluster.net().slow(new Link("n1", "n5"), 40 * MS, 10 * MS));
        cluster.loop().runUntil(1_200 * MS);
        return trace.lines;
    }

    @Test
    void theSameSeedGivesTheSameEventSequence() {
        List<String> first = run(chaotic(42));
        assertThat(first).hasSizeGreaterThan(1_000);
        assertThat(first).anyMatch(line -> line.contains("drop(cut)"))
                .anyMatch(line -> line.contains("drop(lost)"))
                .anyMatch(line -> line.contains("drop(down)"));
        assertThat(run(chaotic(42))).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        assertThat(run(chaotic(43))).isNotEqualTo(run(chaotic(42)));
    }

    @Test
    void serializingEveryMessageChangesNothing() {
        assertThat(run(chaotic(42).withSerialization(true))).isEqualTo(run(chaotic(42)));
    }
}
