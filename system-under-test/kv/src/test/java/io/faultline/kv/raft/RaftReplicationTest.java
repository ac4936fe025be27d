package io.faultline.kv.raft;

import static io.faultline.kv.raft.RaftTesting.cluster;
import static io.faultline.kv.raft.RaftTesting.elect;
import static io.faultline.kv.raft.RaftTesting.heartbeat;
import static io.faultline.kv.raft.RaftTesting.restartWith;
import static io.faultline.kv.raft.RaftTesting.status;
import static io.faultline.kv.testing.ScriptedCluster.bugs;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.kv.common.KvCommand;
import io.faultline.kv.testing.ScriptedCluster;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.sim.ClientCall;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RaftReplicationTest {

    @Test
    @DisplayName("Raft §5.3: the leader appends a command, replicates it, commits it on a majority and answers")
    void commitOnMajority() {
        ScriptedCluster cluster = cluster(5, 10);
        elect(cluster, "n1");
        cluster.partition(Set.of("n4", "n5"));
        ClientCall write = cluster.send("n1", new Write(1L, 42L));
        cluster.deliverAll();
        assertThat(write.reply()).isEqualTo(new WriteOk());
        assertThat(status(cluster, "n1").commitIndex()).isEqualTo(2); // the no-op, then the write
        assertThat(status(cluster, "n4").log()).as("cut off after the no-op").hasSize(1);
    }

    @Test
    @DisplayName("Raft §5.3: without a majority the leader never commits nor answers")
    void noCommitWithoutMajority() {
        ScriptedCluster cluster = cluster(5, 11);
        elect(cluster, "n1");
        cluster.partition(Set.of("n1", "n2"));
        ClientCall write = cluster.send("n1", new Write(1L, 42L));
        cluster.deliverAll();
        heartbeat(cluster, "n1");
        assertThat(write.answered()).isFalse();
        assertThat(status(cluster, "n1").commitIndex()).isEqualTo(1);
    }

    @Test
    @DisplayName("Raft §5.3: followers learn the commit index from leaderCommit and apply in log order")
    void followersApplyCommitted() {
        ScriptedCluster cluster = cluster(3, 12);
        elect(cluster, "n1");
        cluster.send("n1", new Write(7L, 1L));
        cluster.send("n1", new Write(7L, 2L));
        cluster.deliverAll();
        heartbeat(cluster, "n1");
        for (String id : cluster.ids()) {
            assertThat(status(cluster, id).lastApplied()).as(id).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("Raft §5.3: a follower's conflicting entries are overwritten by the leader's (Log Matching)")
    void leaderRepairsConflictingLogs() {
        ScriptedCluster cluster = cluster(3, 13);
        Entry a = new Entry(1, KvCommand.write(1L, 1L));
        restartWith(cluster, "n1", 3, null, List.of(a, new Entry(3, KvCommand.write(1L, 3L))));
        restartWith(cluster, "n2", 3, null, List.of(a, new Entry(3, KvCommand.write(1L, 3L))));
        restartWith(cluster, "n3", 2, null, List.of(a, new Entry(2, KvCommand.write(1L, 2L)),
                new Entry(2, KvCommand.write(1L, 22L))));
        elect(cluster, "n1");
        heartbeat(cluster, "n1");
        assertThat(status(cluster, "n3").log()).isEqualTo(status(cluster, "n1").log());
        assertThat(status(cluster, "n3").log()).extracting(Entry::term).containsExactly(1L, 3L, 4L);
    }

    @Test
    @DisplayName("Raft §5.4.2 (Figure 8): a leader does not commit an entry of an earlier term by counting replicas")
    void figure8CommittedEntriesSurvive() {
        ScriptedCluster cluster = figure8(cluster(5, 14));
        // the leader of term 4 committed index 2 only together with its own no-op at index 3
        assertThat(status(cluster, "n1").commitIndex()).isEqualTo(3);
        cluster.crash("n1");
        cluster.heal();
        elect(cluster, "n5");
        elect(cluster, "n5");
        assertThat(status(cluster, "n5").isLeader()).as("n5's log is behind a majority's").isFalse();
    }

    @Test
    @DisplayName("Raft §5.4.2 bug commit-previous-term: an entry committed by counting replicas is later overwritten")
    void figure8BugLosesACommittedEntry() {
        ScriptedCluster cluster = figure8(cluster(5, 14, bugs(RaftConfig.COMMIT_PREVIOUS_TERM)));
        assertThat(status(cluster, "n1").commitIndex()).isEqualTo(2);
        Entry committed = status(cluster, "n1").log().get(1);
        cluster.crash("n1");
        cluster.heal();
        elect(cluster, "n5");
        elect(cluster, "n5");
        assertThat(status(cluster, "n5").isLeader()).isTrue();
        heartbeat(cluster, "n5");
        heartbeat(cluster, "n5");
        assertThat(status(cluster, "n2").log().get(1)).isNotEqualTo(committed);
        assertThat(status(cluster, "n2").commitIndex()).isGreaterThanOrEqualTo(2);
    }

    /**
     * Figure 8 (c): n1 (term 2 entry at index 2, also on n2) and n5 (term 3 entry at index 2, alone).
     * n5 is cut off while n1 wins term 4 and replicates to n3 and n4.
     */
    private static ScriptedCluster figure8(ScriptedCluster cluster) {
        Entry first = new Entry(1, KvCommand.write(1L, 1L));
        Entry ofTerm2 = new Entry(2, KvCommand.write(1L, 2L));
        restartWith(cluster, "n1", 3, null, List.of(first, ofTerm2));
        restartWith(cluster, "n2", 3, null, List.of(first, ofTerm2));
        restartWith(cluster, "n3", 3, null, List.of(first));
        restartWith(cluster, "n4", 3, null, List.of(first));
        restartWith(cluster, "n5", 3, null, List.of(first, new Entry(3, KvCommand.write(1L, 3L))));
        cluster.partition(Set.of("n5"));
        elect(cluster, "n1");
        assertThat(status(cluster, "n1").isLeader()).isTrue();
        return cluster;
    }

    @Test
    @DisplayName("Raft §5.3 State Machine Safety: all nodes read the same committed value after leader changes")
    void readsAfterLeaderChange() {
        ScriptedCluster cluster = cluster(3, 15);
        elect(cluster, "n1");
        cluster.send("n1", new Write(5L, 50L));
        cluster.deliverAll();
        cluster.crash("n1");
        elect(cluster, "n2");
        ClientCall read = cluster.send("n3", new io.faultline.node.client.Read(5L));
        cluster.deliverAll();
        assertThat(read.reply()).isEqualTo(new ReadOk(50L));
    }
}
