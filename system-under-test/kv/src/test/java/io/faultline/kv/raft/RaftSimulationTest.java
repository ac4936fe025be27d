package io.faultline.kv.raft;

import static io.faultline.kv.simtest.SimWorkload.MILLIS;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.kv.simtest.SimNemesis;
import io.faultline.kv.simtest.SimNemesis.Fault;
import io.faultline.kv.simtest.SimOp;
import io.faultline.kv.simtest.SimWorkload;
import io.faultline.kv.simtest.StaleReads;
import io.faultline.node.client.Read;
import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Raft end to end in the deterministic simulator, under partitions and crashes. Each run is one seed. */
class RaftSimulationTest {

    private static final long SECOND = 1_000 * MILLIS;
    private static final List<Object> KEYS = List.of(1L, 2L);

    /** What one seeded run produced: the client history and the safety violations observed. */
    record Run(long seed, List<SimOp> history, List<String> violations) {
        List<String> problems() {
            List<String> all = new ArrayList<>(violations);
            all.addAll(StaleReads.find(history));
            return all;
        }

        long ok(String f) {
            return history.stream().filter(op -> op.isOk() && op.f().equals(f)).count();
        }
    }

    static Run run(long seed, ClusterSpec spec, Fault... faults) {
        SimCluster cluster = new SimRuntime(SimConfig.defaults(seed)).start(spec);
        RaftObserver observer = new RaftObserver(cluster);
        observer.start(5 * MILLIS, 10 * SECOND);
        SimWorkload workload = new SimWorkload(cluster, seed, KEYS).start(5, 8 * SECOND);
        new SimNemesis(cluster, seed, 400 * MILLIS, faults).start(8 * SECOND);
        cluster.loop().runUntil(10 * SECOND);
        for (Object key : KEYS) {
            workload.run("n1", new Read(key)); // after healing: every acknowledged write must still be there
        }
        return new Run(seed, workload.history(), observer.violations());
    }

    private static ClusterSpec raft() {
        return ClusterSpec.of(new RaftSystem(), 5);
    }

    @Test
    @DisplayName("Raft under partitions: one leader per term, committed entries never change, no stale reads")
    void partitions() {
        for (long seed = 1; seed <= 5; seed++) {
            Run run = run(seed, raft(), Fault.PARTITION);
            assertThat(run.problems()).as("seed %d", seed).isEmpty();
            assertThat(run.ok("write")).as("seed %d makes progress", seed).isGreaterThan(50);
            assertThat(run.ok("read")).as("seed %d makes progress", seed).isGreaterThan(50);
        }
    }

    @Test
    @DisplayName("Raft under crashes: committed entries survive crash and restart, reads see the last committed write")
    void crashes() {
        for (long seed = 1; seed <= 5; seed++) {
            Run run = run(seed, raft(), Fault.CRASH);
            assertThat(run.problems()).as("seed %d", seed).isEmpty();
            assertThat(run.ok("write")).as("seed %d makes progress", seed).isGreaterThan(50);
        }
    }

    @Test
    @DisplayName("Raft §8 ReadIndex under partitions and crashes: no stale reads")
    void readIndex() {
        for (long seed = 1; seed <= 5; seed++) {
            Run run = run(seed, raft().withOption("reads", "index"), Fault.PARTITION, Fault.CRASH);
            assertThat(run.problems()).as("seed %d", seed).isEmpty();
            assertThat(run.ok("read")).as("seed %d makes progress", seed).isGreaterThan(50);
        }
    }

    @Test
    @DisplayName("the same seed gives the same history")
    void deterministic() {
        assertThat(run(7, raft(), Fault.PARTITION, Fault.CRASH).history())
                .isEqualTo(run(7, raft(), Fault.PARTITION, Fault.CRASH).history());
    }

    @Test
    @DisplayName("bug stale-follower-reads: a bounded seed search finds a stale read under partitions")
    void staleFollowerReadsAreFound() {
        assertThat(firstSeedWithProblems(raft().withBug(RaftConfig.STALE_FOLLOWER_READS), Fault.PARTITION))
                .isNotEmpty();
    }

    @Test
    @DisplayName("bug lease-reads-without-clock-check: a bounded seed search finds a stale read under partitions")
    void unsafeLeaseReadsAreFound() {
        assertThat(firstSeedWithProblems(raft().withBug(RaftConfig.LEASE_READS_WITHOUT_CLOCK_CHECK), Fault.PARTITION))
                .isNotEmpty();
    }

    @Test
    @DisplayName("bug no-fsync: a bounded seed search finds a lost committed entry or stale read under crashes")
    void noFsyncIsFound() {
        assertThat(firstSeedWithProblems(raft().withBug(RaftConfig.NO_FSYNC), Fault.CRASH)).isNotEmpty();
    }

    /** Runs seeds 1..10 and returns the first run's problems, prefixed with its seed; empty if none. */
    static List<String> firstSeedWithProblems(ClusterSpec spec, Fault... faults) {
        return LongStream.rangeClosed(1, 10).mapToObj(seed -> run(seed, spec, faults))
                .filter(run -> !run.problems().isEmpty())
                .map(run -> List.of("seed " + run.seed() + ": " + run.problems().get(0)))
                .findFirst().orElse(List.of());
    }
}
