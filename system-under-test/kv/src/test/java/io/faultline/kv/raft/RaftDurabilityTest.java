package io.faultline.kv.raft;

import static io.faultline.kv.raft.RaftTesting.cluster;
import static io.faultline.kv.raft.RaftTesting.elect;
import static io.faultline.kv.raft.RaftTesting.status;
import static io.faultline.kv.testing.ScriptedCluster.bugs;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.kv.testing.ScriptedCluster;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.sim.ClientCall;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RaftDurabilityTest {

    @Test
    @DisplayName("Raft §5 persistent state: a restarted server recovers currentTerm, votedFor and its log")
    void restartRecoversPersistentState() {
        // zero latency: n2 hears the vote request before the new leader's first append
        ScriptedCluster cluster = cluster(3, 20, ScriptedCluster.ZERO);
        elect(cluster, "n1");
        cluster.send("n1", new Write(1L, 10L));
        cluster.deliverAll();
        RaftStatus before = status(cluster, "n2");
        cluster.crash("n2");
        cluster.start("n2");
        RaftStatus after = status(cluster, "n2");
        assertThat(after.term()).isEqualTo(before.term());
        assertThat(after.votedFor()).isEqualTo("n1");
        assertThat(after.log()).isEqualTo(before.log()).hasSize(2);
        assertThat(after.commitIndex()).as("volatile").isZero();
    }

    @Test
    @DisplayName("Raft §5.2 + §5 persistent state: a server that voted and restarted does not vote again in that term")
    void voteSurvivesACrash() {
        assertThat(secondCandidateOfTheTermWins(cluster(3, 21))).isFalse();
    }

    @Test
    @DisplayName("bug no-fsync: a restarted server forgets its vote and votes twice in one term")
    void noFsyncVotesTwice() {
        assertThat(secondCandidateOfTheTermWins(cluster(3, 21, bugs(RaftConfig.NO_FSYNC)))).isTrue();
    }

    /** n2 votes for n1 in term 1 (n1 never hears it), restarts, then n3 asks for its term-1 vote. */
    private static boolean secondCandidateOfTheTermWins(ScriptedCluster cluster) {
        cluster.partition(Set.of("n3"));
        cluster.cut("n2", "n1");
        elect(cluster, "n1");
        assertThat(status(cluster, "n2").votedFor()).isEqualTo("n1");
        cluster.crash("n2");
        cluster.start("n2");
        cluster.heal();
        cluster.partition(Set.of("n1"));
        elect(cluster, "n3");
        assertThat(status(cluster, "n3").term()).isEqualTo(1);
        return status(cluster, "n3").isLeader();
    }

    @Test
    @DisplayName("Raft §5.4 Leader Completeness: an acknowledged write survives the crash of every server")
    void acknowledgedWriteSurvivesCrashOfAll() {
        ScriptedCluster cluster = cluster(3, 22);
        assertThat(writeCrashAllAndRead(cluster).reply()).isEqualTo(new ReadOk(10L));
    }

    @Test
    @DisplayName("bug no-fsync: a crash of every server loses an acknowledged write")
    void noFsyncLosesAcknowledgedWrite() {
        ScriptedCluster cluster = cluster(3, 22, bugs(RaftConfig.NO_FSYNC));
        ClientCall read = writeCrashAllAndRead(cluster);
        assertThat(read.reply()).isInstanceOfSatisfying(ErrorReply.class,
                error -> assertThat(error.code()).isEqualTo(ErrorCode.KEY_DOES_NOT_EXIST.code()));
    }

    private static ClientCall writeCrashAllAndRead(ScriptedCluster cluster) {
        elect(cluster, "n1");
        ClientCall write = cluster.send("n1", new Write(1L, 10L));
        cluster.deliverAll();
        assertThat(write.reply()).isEqualTo(new WriteOk());
        for (String id : cluster.ids()) {
            cluster.crash(id);
            cluster.start(id);
        }
        elect(cluster, "n2");
        ClientCall read = cluster.send("n2", new Read(1L));
        cluster.deliverAll();
        return read;
    }
}
