package io.faultline.kv.primarybackup;

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
import io.faultline.runtime.Link;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Primary-backup end to end in the deterministic simulator. */
class PrimaryBackupSimulationTest {

    private static final long SECOND = 1_000 * MILLIS;

    /** The primary n1 acknowledges a write its backups never get, then crashes; n2 takes over; a read follows. */
    private static List<SimOp> writeThenFailover(ClusterSpec spec) {
        SimCluster cluster = new SimRuntime(SimConfig.defaults(1)).start(spec);
        SimWorkload workload = new SimWorkload(cluster, 1, List.of(1L));
        workload.run("n1", new Write(1L, workload.freshValue()));
        cluster.loop().runUntil(cluster.loop().now() + 200 * MILLIS);
        cluster.net().partition(Grudge.of(List.of(new Link("n1", "n2"), new Link("n1", "n3"))));
        workload.run("n1", new Write(1L, workload.freshValue()));
        cluster.kill("n1");
        cluster.net().heal();
        cluster.loop().runUntil(cluster.loop().now() + SECOND);
        workload.run("n2", new Read(1L));
        return workload.history();
    }

    @Test
    @DisplayName("PB asynchronous replication loses an acknowledged write across failover")
    void asyncLosesAcknowledgedWriteAcrossFailover() {
        List<SimOp> history = writeThenFailover(ClusterSpec.of(new PrimaryBackupSystem(), 3));
        assertThat(history.get(1).isOk()).as("the primary acknowledged the write").isTrue();
        assertThat(history.get(2).value()).as("the new primary never had it").isEqualTo(history.get(0).value());
        assertThat(StaleReads.find(history)).singleElement().asString().contains("stale read");
    }

    @Test
    @DisplayName("PB sync=true: the unreplicated write is never acknowledged, so the failover loses nothing")
    void syncReplicationLosesNothing() {
        List<SimOp> history = writeThenFailover(ClusterSpec.of(new PrimaryBackupSystem(), 3).withOption("sync", "true"));
        assertThat(history.get(1).isOk()).isFalse();
        assertThat(StaleReads.find(history)).isEmpty();
    }

    @Test
    @DisplayName("PB under random crashes: a bounded seed search finds a lost acknowledged write or stale read")
    void crashesAreFound() {
        ClusterSpec spec = ClusterSpec.of(new PrimaryBackupSystem(), 3);
        long found = LongStream.rangeClosed(1, 10).filter(seed -> {
            SimCluster cluster = new SimRuntime(SimConfig.defaults(seed)).start(spec);
            SimWorkload workload = new SimWorkload(cluster, seed, List.of(1L, 2L)).start(5, 5 * SECOND);
            new SimNemesis(cluster, seed, 400 * MILLIS, Fault.CRASH, Fault.PARTITION).start(5 * SECOND);
            cluster.loop().runUntil(6 * SECOND);
            return !StaleReads.find(workload.history()).isEmpty();
        }).findFirst().orElse(-1);
        assertThat(found).as("first seed with a violation").isPositive();
    }
}
