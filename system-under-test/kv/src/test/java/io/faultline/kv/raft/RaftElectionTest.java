package io.faultline.kv.raft;

import static io.faultline.kv.raft.RaftTesting.MILLIS;
import static io.faultline.kv.raft.RaftTesting.cluster;
import static io.faultline.kv.raft.RaftTesting.elect;
import static io.faultline.kv.raft.RaftTesting.restartWith;
import static io.faultline.kv.raft.RaftTesting.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.kv.common.KvCommand;
import io.faultline.kv.testing.ScriptedCluster;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RaftElectionTest {

    @Test
    @DisplayName("Raft §5.2: a follower that hears nothing times out, becomes candidate of a new term and votes for itself")
    void timeoutStartsAnElection() {
        ScriptedCluster cluster = cluster(3, 1);
        cluster.partition(Set.of("n1"));
        cluster.fire("n1", Election.Timeout.class);
        RaftStatus n1 = status(cluster, "n1");
        assertThat(n1.role()).isEqualTo(RaftState.Role.CANDIDATE);
        assertThat(n1.term()).isEqualTo(1);
        assertThat(n1.votedFor()).isEqualTo("n1");
    }

    @Test
    @DisplayName("Raft §5.2: a candidate that receives votes from a majority becomes leader and the others learn it")
    void majorityOfVotesMakesALeader() {
        ScriptedCluster cluster = cluster(5, 2);
        elect(cluster, "n3");
        assertThat(status(cluster, "n3").isLeader()).isTrue();
        for (String id : List.of("n1", "n2", "n4", "n5")) {
            assertThat(status(cluster, id).role()).isEqualTo(RaftState.Role.FOLLOWER);
            assertThat(status(cluster, id).leaderId()).isEqualTo("n3");
        }
    }

    @Test
    @DisplayName("Raft §5.2: a candidate cut off from the majority does not become leader")
    void minorityCandidateStaysCandidate() {
        ScriptedCluster cluster = cluster(5, 3);
        cluster.partition(Set.of("n1", "n2"));
        elect(cluster, "n1");
        assertThat(status(cluster, "n1").role()).isEqualTo(RaftState.Role.CANDIDATE);
    }

    @Test
    @DisplayName("Raft §5.2: each server votes for at most one candidate in a term, first come first served")
    void oneVotePerTerm() {
        ScriptedCluster cluster = cluster(3, 4, ScriptedCluster.ZERO); // deliveries in send order: n2 hears n1 first
        cluster.fire("n1", Election.Timeout.class);
        cluster.fire("n3", Election.Timeout.class);
        cluster.deliverAll();
        assertThat(status(cluster, "n2").votedFor()).isEqualTo("n1");
        assertThat(status(cluster, "n1").isLeader()).isTrue();
        assertThat(status(cluster, "n3").role()).isNotEqualTo(RaftState.Role.LEADER);
        assertThat(List.of(status(cluster, "n1").term(), status(cluster, "n3").term())).containsOnly(1L);
    }

    @Test
    @DisplayName("Raft §5.1: a leader that sees a newer term steps down to follower and adopts the term")
    void newerTermDeposesLeader() {
        ScriptedCluster cluster = cluster(3, 5);
        elect(cluster, "n1");
        cluster.partition(Set.of("n1"));
        elect(cluster, "n2");
        assertThat(status(cluster, "n2").isLeader()).isTrue();
        cluster.heal();
        RaftTesting.heartbeat(cluster, "n2");
        assertThat(status(cluster, "n1").role()).isEqualTo(RaftState.Role.FOLLOWER);
        assertThat(status(cluster, "n1").term()).isEqualTo(status(cluster, "n2").term());
        assertThat(status(cluster, "n1").leaderId()).isEqualTo("n2");
    }

    @Test
    @DisplayName("Raft §5.4.1: a voter denies its vote to a candidate whose log is less up-to-date")
    void electionRestriction() {
        ScriptedCluster cluster = cluster(3, 6);
        List<Entry> longer = List.of(new Entry(1, KvCommand.write(1L, 1L)), new Entry(2, KvCommand.write(1L, 2L)));
        restartWith(cluster, "n1", 2, null, longer.subList(0, 1));
        restartWith(cluster, "n2", 2, null, longer);
        restartWith(cluster, "n3", 2, null, longer);
        elect(cluster, "n1");
        assertThat(status(cluster, "n1").isLeader()).isFalse();
        elect(cluster, "n2");
        assertThat(status(cluster, "n2").isLeader()).isTrue();
    }

    @Test
    @DisplayName("Raft §5.2: election timeouts are drawn at random from [T, 2T), so they differ")
    void randomizedTimeouts() {
        ScriptedCluster cluster = cluster(5, 7);
        cluster.runUntil(() -> cluster.ids().stream().anyMatch(id -> status(cluster, id).term() > 0), 10_000 * MILLIS);
        long firstTimeout = cluster.nowNanos();
        assertThat(firstTimeout).isBetween(150 * MILLIS, 300 * MILLIS);
        long candidates = cluster.ids().stream().filter(id -> status(cluster, id).term() > 0).count();
        assertThat(candidates).isEqualTo(1);
    }

    @Test
    @DisplayName("Raft §5.2 Election Safety: at most one leader per term, over many seeds with partitions")
    void atMostOneLeaderPerTerm() {
        for (long seed = 0; seed < 30; seed++) {
            ScriptedCluster cluster = cluster(5, seed);
            Map<Long, String> leaderByTerm = new HashMap<>();
            for (int step = 0; step < 60; step++) {
                if (step % 15 == 5) {
                    int first = (int) ((seed + step) % 5);
                    cluster.partition(Set.of(cluster.ids().get(first), cluster.ids().get((first + 1) % 5)));
                } else if (step % 15 == 10) {
                    cluster.heal();
                }
                cluster.runFor(50 * MILLIS);
                for (String id : cluster.ids()) {
                    RaftStatus s = status(cluster, id);
                    if (s.isLeader()) {
                        String before = leaderByTerm.putIfAbsent(s.term(), id);
                        assertThat(before).as("seed %d term %d", seed, s.term()).isIn(null, id);
                    }
                }
            }
            assertThat(leaderByTerm).as("seed %d elects someone", seed).isNotEmpty();
        }
    }
}
