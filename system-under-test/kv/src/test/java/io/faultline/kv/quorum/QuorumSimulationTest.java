package io.faultline.kv.quorum;

import static io.faultline.kv.simtest.SimWorkload.MILLIS;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.kv.simtest.SimNemesis;
import io.faultline.kv.simtest.SimNemesis.Fault;
import io.faultline.kv.simtest.SimOp;
import io.faultline.kv.simtest.SimWorkload;
import io.faultline.kv.simtest.StaleReads;
import io.faultline.node.client.Read;
import io.faultline.node.client.Write;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Grudge;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Dynamo-style store end to end in the deterministic simulator. */
class QuorumSimulationTest {

    private static final long SECOND = 1_000 * MILLIS;

    /**
     * n1 is isolated and takes five writes; then n2, on the majority side, takes a later write; the
     * partition heals and a read follows. n1's Lamport counter is ahead, so last-writer-wins keeps n1's
     * version over the later write, unless n1's writes could not be acknowledged in the first place.
     */
    private static List<SimOp> isolatedCoordinatorThenLaterWrite(ClusterSpec spec, long seed) {
        SimCluster cluster = new SimRuntime(SimConfig.defaults(seed)).start(spec);
        SimWorkload workload = new SimWorkload(cluster, seed, List.of(1L));
        cluster.net().partition(Grudge.isolate("n1", cluster.nodes()));
        for (int i = 0; i < 5; i++) {
            workload.run("n1", new Write(1L, workload.freshValue()));
        }
        workload.run("n2", new Write(1L, workload.freshValue()));
        cluster.net().heal();
        cluster.loop().runUntil(cluster.loop().now() + SECOND);
        workload.run("n3", new Read(1L));
        workload.run("n2", new Read(1L));
        return workload.history();
    }

    @Test
    @DisplayName("Dynamo §4.5 bug w=1: under a partition an acknowledged write is lost to last-writer-wins")
    void w1LosesAWriteUnderPartition() {
        List<SimOp> history = isolatedCoordinatorThenLaterWrite(
                ClusterSpec.of(new QuorumSystem(), 3).withBug(QuorumConfig.W1), 1);
        assertThat(history.subList(0, 6)).allMatch(SimOp::isOk);
        assertThat(StaleReads.find(history)).isNotEmpty();
    }

    @Test
    @DisplayName("Dynamo §4.5 W=2: the isolated coordinator cannot acknowledge, so the same scenario loses nothing")
    void strictQuorumKeepsAcknowledgedWrites() {
        List<SimOp> history = isolatedCoordinatorThenLaterWrite(ClusterSpec.of(new QuorumSystem(), 3), 1);
        assertThat(history.subList(0, 5)).noneMatch(SimOp::isOk);
        assertThat(history.get(5).isOk()).isTrue();
        assertThat(StaleReads.find(history)).isEmpty();
    }

    @Test
    @DisplayName("Lamport LWW is not real-time order: even on a healthy network a later write can lose (stale read)")
    void lamportLastWriterWinsIsNotLinearizable() {
        // A coordinator that never saw a key's newest timestamp stamps a lower one: its write, though later
        // in real time, loses. Dynamo accepts this (§4.4); the checkers should report it, and do.
        SimCluster cluster = new SimRuntime(SimConfig.defaults(1)).start(ClusterSpec.of(new QuorumSystem(), 5));
        SimWorkload workload = new SimWorkload(cluster, 1, List.of(1L, 2L, 3L)).start(5, 5 * SECOND);
        cluster.loop().runUntil(6 * SECOND);
        assertThat(workload.history().stream().filter(SimOp::isOk).count()).isGreaterThan(500);
        assertThat(StaleReads.find(workload.history())).isNotEmpty();
    }

    @Test
    @DisplayName("bug w=1 + r=1 under random partitions: a bounded seed search finds a stale read")
    void weakQuorumsAreFound() {
        ClusterSpec spec = ClusterSpec.of(new QuorumSystem(), 5).withBug(QuorumConfig.W1).withBug(QuorumConfig.R1);
        long found = LongStream.rangeClosed(1, 10).filter(seed -> {
            SimCluster cluster = new SimRuntime(SimConfig.defaults(seed)).start(spec);
            SimWorkload workload = new SimWorkload(cluster, seed, List.of(1L, 2L)).start(5, 5 * SECOND);
            new SimNemesis(cluster, seed, 400 * MILLIS, Fault.PARTITION).start(5 * SECOND);
            cluster.loop().runUntil(6 * SECOND);
            return !StaleReads.find(workload.history()).isEmpty();
        }).findFirst().orElse(-1);
        assertThat(found).as("first seed with a stale read").isPositive();
    }
}
