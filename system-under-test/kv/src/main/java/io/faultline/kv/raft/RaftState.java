package io.faultline.kv.raft;

import io.faultline.kv.common.KvCommand;
import io.faultline.kv.common.KvStore;
import io.faultline.kv.common.Quorums;
import io.faultline.node.Storage;
import java.util.List;

/**
 * The state of one Raft server (Figure 2), shared by the parts of {@link RaftNode}: persistent
 * currentTerm, votedFor and log; volatile role, known leader, commitIndex, lastApplied and the state
 * machine. Changes to persistent fields go through the setters so they reach storage.
 */
final class RaftState {

    enum Role { FOLLOWER, CANDIDATE, LEADER }

    final String self;
    final List<String> peers;
    final RaftConfig config;
    final RaftLog log = new RaftLog();
    final KvStore stateMachine = new KvStore();
    final RaftPersistence persistence;

    private long currentTerm;
    private String votedFor;
    Role role = Role.FOLLOWER;
    /** The leader of the current term, once heard from; where followers forward client requests. */
    String leaderId;
    long commitIndex;
    long lastApplied;

    RaftState(String self, List<String> peers, RaftConfig config) {
        this.self = self;
        this.peers = List.copyOf(peers);
        this.config = config;
        this.persistence = new RaftPersistence(!config.has(RaftConfig.NO_FSYNC));
    }

    /** Reloads the persistent state after a (re)start; volatile state starts from zero (Figure 2). */
    void recover(Storage storage) {
        currentTerm = persistence.loadTerm(storage);
        votedFor = persistence.loadVotedFor(storage);
        persistence.loadLog(storage, log);
    }

    long currentTerm() {
        return currentTerm;
    }

    String votedFor() {
        return votedFor;
    }

    /** Moves to a newer term, with no vote cast in it yet (§5.1). */
    void enterTerm(Storage storage, long term) {
        currentTerm = term;
        votedFor = null;
        leaderId = null;
        persistence.saveTermAndVote(storage, currentTerm, null);
    }

    /** Records this server's one vote of the current term (§5.2). */
    void voteFor(Storage storage, String candidate) {
        votedFor = candidate;
        persistence.saveTermAndVote(storage, currentTerm, votedFor);
    }

    /** Appends an entry of the current term to the leader's own log and stores it. */
    long appendAsLeader(Storage storage, KvCommand command) {
        long index = log.append(new Entry(currentTerm, command));
        persistence.saveLogFrom(storage, log, index);
        return index;
    }

    int majority() {
        return Quorums.majority(peers.size() + 1);
    }

    boolean isLeader() {
        return role == Role.LEADER;
    }
}
