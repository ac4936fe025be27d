package io.faultline.kv.quorum;

import static io.faultline.kv.testing.ScriptedCluster.bugs;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.kv.testing.ScriptedCluster;
import io.faultline.node.Message;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.ClientCall;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuorumNodeTest {

    static final long MILLIS = 1_000_000L;

    static ScriptedCluster cluster(int size, long seed, UnaryOperator<ClusterSpec> configure) {
        return ScriptedCluster.start(configure.apply(ClusterSpec.of(new QuorumSystem(), size)), seed);
    }

    static Versioned version(ScriptedCluster cluster, String id, Object key) {
        return ((QuorumNode) cluster.node(id)).versionOf(key);
    }

    static Message run(ScriptedCluster cluster, String node, Message request) {
        ClientCall call = cluster.send(node, request);
        cluster.runUntil(call::answered, 2_000 * MILLIS);
        return call.reply();
    }

    @Test
    @DisplayName("Dynamo §4.5: any node coordinates; a write acknowledged by W replicas is read back by R")
    void writeThenRead() {
        ScriptedCluster cluster = cluster(3, 50, c -> c);
        assertThat(run(cluster, "n1", new Write(1L, 10L))).isEqualTo(new WriteOk());
        assertThat(run(cluster, "n3", new Read(1L))).isEqualTo(new ReadOk(10L));
        assertThat(run(cluster, "n2", new Read(2L))).isInstanceOfSatisfying(ErrorReply.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.KEY_DOES_NOT_EXIST.code()));
    }

    @Test
    @DisplayName("Dynamo §4.5: without W acknowledgements the coordinator answers 0, an indefinite timeout")
    void writeWithoutQuorumTimesOut() {
        ScriptedCluster cluster = cluster(3, 51, c -> c);
        cluster.partition(Set.of("n1"));
        Message reply = run(cluster, "n1", new Write(1L, 10L));
        assertThat(reply).isInstanceOfSatisfying(ErrorReply.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT.code()));
        assertThat(run(cluster, "n1", new Read(1L))).isInstanceOfSatisfying(ErrorReply.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TEMPORARILY_UNAVAILABLE.code()));
    }

    @Test
    @DisplayName("bug w=1: a write is acknowledged by the isolated coordinator alone")
    void w1AcknowledgesAlone() {
        ScriptedCluster cluster = cluster(3, 52, bugs(QuorumConfig.W1));
        cluster.partition(Set.of("n1"));
        assertThat(run(cluster, "n1", new Write(1L, 10L))).isEqualTo(new WriteOk());
    }

    @Test
    @DisplayName("bug w=1 + partition + last-writer-wins: a later acknowledged write is lost after healing")
    void w1LosesALaterWrite() {
        ScriptedCluster cluster = cluster(3, 53, bugs(QuorumConfig.W1));
        cluster.partition(Set.of("n1"));
        for (long v = 1; v <= 5; v++) {
            assertThat(run(cluster, "n1", new Write(1L, v))).isEqualTo(new WriteOk()); // Lamport counter 5 on n1
        }
        assertThat(run(cluster, "n2", new Write(1L, 100L))).isEqualTo(new WriteOk()); // later, but counter 1
        cluster.heal();
        cluster.runFor(500 * MILLIS);
        assertThat(run(cluster, "n2", new Read(1L))).isEqualTo(new ReadOk(5L));
    }

    @Test
    @DisplayName("Lamport LWW: a write coordinated after another was seen wins, whatever the clocks say")
    void lamportOrdersCausalWrites() {
        ScriptedCluster cluster = cluster(3, 54, c -> c);
        cluster.skewClock("n2", -10_000 * MILLIS);
        run(cluster, "n1", new Write(1L, 1L));
        run(cluster, "n2", new Write(1L, 2L));
        assertThat(run(cluster, "n3", new Read(1L))).isEqualTo(new ReadOk(2L));
    }

    @Test
    @DisplayName("bug wall-clock-lww: a node whose clock runs behind loses its later write")
    void wallClockLosesLaterWrite() {
        ScriptedCluster cluster = cluster(3, 54, bugs(QuorumConfig.WALL_CLOCK_LWW));
        cluster.skewClock("n2", -10_000 * MILLIS);
        run(cluster, "n1", new Write(1L, 1L));
        assertThat(run(cluster, "n2", new Write(1L, 2L))).isEqualTo(new WriteOk());
        assertThat(run(cluster, "n3", new Read(1L))).isEqualTo(new ReadOk(1L));
    }

    @Test
    @DisplayName("cas is a read then a conditional write: 22 on mismatch, 20 on a missing key")
    void casSemantics() {
        ScriptedCluster cluster = cluster(3, 55, c -> c);
        assertThat(code(run(cluster, "n1", new Cas(1L, 1L, 2L)))).isEqualTo(ErrorCode.KEY_DOES_NOT_EXIST.code());
        run(cluster, "n1", new Write(1L, 1L));
        assertThat(run(cluster, "n2", new Cas(1L, 1L, 2L))).isEqualTo(new CasOk());
        assertThat(code(run(cluster, "n3", new Cas(1L, 1L, 3L)))).isEqualTo(ErrorCode.PRECONDITION_FAILED.code());
        assertThat(run(cluster, "n3", new Read(1L))).isEqualTo(new ReadOk(2L));
    }

    @Test
    @DisplayName("cas with create_if_not_exists: a missing key is written to the replicas; on an existing key a"
            + " plain cas")
    void casCreatesAMissingKeyOnlyWhenAsked() {
        ScriptedCluster cluster = cluster(3, 57, c -> c);
        assertThat(run(cluster, "n1", new Cas(1L, List.of(), List.of(5L), true))).isEqualTo(new CasOk());
        assertThat(run(cluster, "n2", new Read(1L))).isEqualTo(new ReadOk(List.of(5L)));
        assertThat(code(run(cluster, "n3", new Cas(1L, List.of(), List.of(6L), true))))
                .isEqualTo(ErrorCode.PRECONDITION_FAILED.code());
        assertThat(run(cluster, "n3", new Cas(1L, List.of(5L), List.of(5L, 6L), true))).isEqualTo(new CasOk());
        assertThat(run(cluster, "n1", new Read(1L))).isEqualTo(new ReadOk(List.of(5L, 6L)));
        assertThat(code(run(cluster, "n2", new Cas(2L, List.of(), List.of(5L)))))
                .isEqualTo(ErrorCode.KEY_DOES_NOT_EXIST.code());
    }

    @Test
    @DisplayName("Dynamo §4.5 read repair: a replica that missed a write is repaired by a later read")
    void readRepair() {
        assertThat(staleReplicaAfterRead(cluster(3, 56, c -> c)).value()).isEqualTo(2L);
    }

    @Test
    @DisplayName("bug no-read-repair: the replica that missed a write stays stale")
    void noReadRepair() {
        assertThat(staleReplicaAfterRead(cluster(3, 56, bugs(QuorumConfig.NO_READ_REPAIR))).value()).isEqualTo(1L);
    }

    /** n3 misses the write of 2 (3 nodes, so no fallback can take a hint); then n3 coordinates a read. */
    private static Versioned staleReplicaAfterRead(ScriptedCluster cluster) {
        run(cluster, "n1", new Write(1L, 1L));
        cluster.runFor(50 * MILLIS);
        cluster.partition(Set.of("n3"));
        run(cluster, "n1", new Write(1L, 2L));
        cluster.runFor(50 * MILLIS); // the write's message to n3 may still be in flight: let the cut drop it
        cluster.heal();
        assertThat(version(cluster, "n3", 1L).value()).isEqualTo(1L);
        assertThat(run(cluster, "n3", new Read(1L))).isEqualTo(new ReadOk(2L));
        cluster.runFor(50 * MILLIS);
        return version(cluster, "n3", 1L);
    }

    private static int code(Message reply) {
        assertThat(reply).isInstanceOf(ErrorReply.class);
        return ((ErrorReply) reply).code();
    }
}
