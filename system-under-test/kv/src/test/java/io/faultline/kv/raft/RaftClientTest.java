package io.faultline.kv.raft;

import static io.faultline.kv.raft.RaftTesting.MILLIS;
import static io.faultline.kv.raft.RaftTesting.cluster;
import static io.faultline.kv.raft.RaftTesting.elect;
import static io.faultline.kv.raft.RaftTesting.heartbeat;
import static io.faultline.kv.raft.RaftTesting.status;
import static io.faultline.kv.testing.ScriptedCluster.bugs;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.kv.common.KvCommand;
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

class RaftClientTest {

    private static final UnaryOperator<ClusterSpec> READ_INDEX = spec -> spec.withOption("reads", "index");

    @Test
    @DisplayName("Raft §8: a follower forwards client requests to the leader and relays the answers")
    void followersForward() {
        ScriptedCluster cluster = cluster(3, 30, ScriptedCluster.ZERO); // the two cas arrive in send order
        elect(cluster, "n1");
        ClientCall write = cluster.send("n2", new Write(1L, 5L));
        cluster.deliverAll();
        ClientCall cas = cluster.send("n3", new Cas(1L, 5L, 6L));
        ClientCall badCas = cluster.send("n3", new Cas(1L, 5L, 7L));
        cluster.deliverAll();
        ClientCall read = cluster.send("n2", new Read(1L));
        cluster.deliverAll();
        assertThat(write.reply()).isEqualTo(new WriteOk());
        assertThat(cas.reply()).isEqualTo(new CasOk());
        assertThat(code(badCas.reply())).isEqualTo(ErrorCode.PRECONDITION_FAILED.code());
        assertThat(read.reply()).isEqualTo(new ReadOk(6L));
    }

    @Test
    @DisplayName("lin-kv create_if_not_exists, through a follower: a missing key is created; without it, 20;"
            + " on an existing key, a plain cas")
    void casCreatesAMissingKeyOnlyWhenAsked() {
        ScriptedCluster cluster = cluster(3, 41);
        elect(cluster, "n1");
        assertThat(code(run(cluster, "n2", new Cas(1L, List.of(), List.of(5L)))))
                .isEqualTo(ErrorCode.KEY_DOES_NOT_EXIST.code());
        assertThat(run(cluster, "n2", new Cas(1L, List.of(), List.of(5L), true))).isEqualTo(new CasOk());
        assertThat(code(run(cluster, "n3", new Cas(1L, List.of(), List.of(6L), true))))
                .isEqualTo(ErrorCode.PRECONDITION_FAILED.code());
        assertThat(run(cluster, "n3", new Cas(1L, List.of(5L), List.of(5L, 6L), true))).isEqualTo(new CasOk());
        assertThat(run(cluster, "n2", new Read(1L))).isEqualTo(new ReadOk(List.of(5L, 6L)));
    }

    private static Message run(ScriptedCluster cluster, String node, Message request) {
        ClientCall call = cluster.send(node, request);
        cluster.deliverAll();
        return call.reply();
    }

    @Test
    @DisplayName("a node that knows no leader answers 11 temporarily-unavailable, a definite error")
    void noLeaderIsDefinite() {
        ScriptedCluster cluster = cluster(3, 31);
        ClientCall write = cluster.send("n2", new Write(1L, 5L));
        cluster.deliverAll();
        assertThat(code(write.reply())).isEqualTo(ErrorCode.TEMPORARILY_UNAVAILABLE.code());
    }

    @Test
    @DisplayName("a forwarded request the leader never answers times out with 0, an indefinite error")
    void lostForwardIsIndefinite() {
        ScriptedCluster cluster = cluster(3, 32);
        elect(cluster, "n1");
        cluster.partition(Set.of("n1"));
        ClientCall write = cluster.send("n2", new Write(1L, 5L));
        cluster.runUntil(write::answered, 2_000 * MILLIS);
        assertThat(code(write.reply())).isEqualTo(ErrorCode.TIMEOUT.code());
    }

    @Test
    @DisplayName("Raft §8: a new leader commits a no-op entry of its term at once")
    void leaderCommitsNoop() {
        ScriptedCluster cluster = cluster(3, 33);
        elect(cluster, "n2");
        assertThat(status(cluster, "n2").commitIndex()).isEqualTo(1);
        assertThat(status(cluster, "n2").log().get(0).command()).isEqualTo(KvCommand.noop());
    }

    @Test
    @DisplayName("Raft §5.3: an uncommitted entry replaced under a new leader is answered 11, a definite error")
    void replacedEntryIsDefinitelyNotDone() {
        ScriptedCluster cluster = cluster(3, 34);
        elect(cluster, "n1");
        cluster.partition(Set.of("n1"));
        ClientCall doomed = cluster.send("n1", new Write(1L, 1L));
        cluster.deliverAll();
        elect(cluster, "n2");
        cluster.send("n2", new Write(1L, 2L));
        cluster.deliverAll();
        cluster.heal();
        heartbeat(cluster, "n2");
        heartbeat(cluster, "n2");
        assertThat(code(doomed.reply())).isEqualTo(ErrorCode.TEMPORARILY_UNAVAILABLE.code());
    }

    @Test
    @DisplayName("Raft §8 reads through the log: a leader cut off from the majority never answers a read")
    void logReadNeedsMajority() {
        assertThat(readAtDeposedLeader(cluster(3, 35)).answered()).isFalse();
    }

    @Test
    @DisplayName("Raft §8 ReadIndex: a leader cut off from the majority never answers a read")
    void readIndexNeedsMajority() {
        assertThat(readAtDeposedLeader(cluster(3, 36, READ_INDEX)).answered()).isFalse();
    }

    @Test
    @DisplayName("Raft §8 ReadIndex: a confirmed leader answers with the latest committed value, without a log entry")
    void readIndexServesLatest() {
        ScriptedCluster cluster = cluster(3, 37, READ_INDEX);
        elect(cluster, "n1");
        cluster.send("n1", new Write(1L, 9L));
        cluster.deliverAll();
        long logLength = status(cluster, "n1").log().size();
        ClientCall read = cluster.send("n3", new Read(1L));
        cluster.deliverAll();
        assertThat(read.reply()).isEqualTo(new ReadOk(9L));
        assertThat(status(cluster, "n1").log()).hasSize((int) logLength);
    }

    @Test
    @DisplayName("Raft §8 ReadIndex: a pending read at a leader that steps down fails with 11")
    void readIndexFailsOnStepDown() {
        ScriptedCluster cluster = cluster(3, 38, READ_INDEX);
        ClientCall read = readAtDeposedLeader(cluster);
        cluster.heal();
        heartbeat(cluster, "n2");
        assertThat(code(read.reply())).isEqualTo(ErrorCode.TEMPORARILY_UNAVAILABLE.code());
    }

    @Test
    @DisplayName("bug lease-reads-without-clock-check: a deposed leader answers a stale read")
    void unsafeLeaseServesStaleRead() {
        ClientCall read = readAtDeposedLeader(cluster(3, 39, bugs(RaftConfig.LEASE_READS_WITHOUT_CLOCK_CHECK)));
        assertThat(read.reply()).isEqualTo(new ReadOk(1L));
    }

    @Test
    @DisplayName("bug stale-follower-reads: a follower behind the leader answers a stale read")
    void staleFollowerRead() {
        ScriptedCluster cluster = cluster(3, 40, bugs(RaftConfig.STALE_FOLLOWER_READS));
        elect(cluster, "n1");
        cluster.send("n1", new Write(1L, 1L));
        cluster.deliverAll();
        heartbeat(cluster, "n1");
        cluster.partition(Set.of("n3"));
        cluster.send("n1", new Write(1L, 2L));
        cluster.deliverAll();
        ClientCall read = cluster.send("n3", new Read(1L));
        cluster.deliverAll();
        assertThat(read.reply()).isEqualTo(new ReadOk(1L));
    }

    /** n1 leads and writes 1, is cut off; n2 leads and writes 2; a client then reads at n1. */
    private static ClientCall readAtDeposedLeader(ScriptedCluster cluster) {
        elect(cluster, "n1");
        cluster.send("n1", new Write(1L, 1L));
        cluster.deliverAll();
        cluster.partition(Set.of("n1"));
        elect(cluster, "n2");
        ClientCall second = cluster.send("n2", new Write(1L, 2L));
        cluster.deliverAll();
        assertThat(second.reply()).isEqualTo(new WriteOk());
        ClientCall read = cluster.send("n1", new Read(1L));
        cluster.deliverAll();
        heartbeat(cluster, "n1");
        return read;
    }

    private static int code(Message reply) {
        assertThat(reply).isInstanceOf(ErrorReply.class);
        return ((ErrorReply) reply).code();
    }
}
