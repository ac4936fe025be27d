package io.faultline.kv.raft;

import io.faultline.kv.raft.RaftMessages.RequestVote;
import io.faultline.kv.raft.RaftMessages.Vote;
import io.faultline.node.Context;
import java.util.HashSet;
import java.util.Set;

/**
 * Leader election (§5.2) with the election restriction (§5.4.1): the election timer, the candidate's
 * vote count, and the voter's rules.
 */
final class Election {

    /** The tag of the election timer. */
    record Timeout() {
    }

    private final RaftState state;
    private final Set<String> votesReceived = new HashSet<>();
    private long timerId = -1;

    Election(RaftState state) {
        this.state = state;
    }

    /**
     * (Re)arms the election timer with a fresh random wait in [T, 2T): randomized timeouts make split
     * votes rare and let one server usually time out alone (§5.2).
     */
    void resetTimer(Context ctx) {
        stopTimer(ctx);
        long base = state.config.electionTimeoutNanos();
        timerId = ctx.setTimer(ctx.random().nextLong(base, 2 * base), new Timeout());
    }

    void stopTimer(Context ctx) {
        if (timerId >= 0) {
            ctx.cancelTimer(timerId);
            timerId = -1;
        }
    }

    /**
     * Becomes a candidate (§5.2): a new term, a vote for itself, RequestVote to every peer.
     *
     * @return true when its own vote is already a majority (a cluster of one)
     */
    boolean start(Context ctx) {
        state.role = RaftState.Role.CANDIDATE;
        state.enterTerm(ctx.storage(), state.currentTerm() + 1);
        state.voteFor(ctx.storage(), state.self);
        votesReceived.clear();
        votesReceived.add(state.self);
        resetTimer(ctx);
        RequestVote request = new RequestVote(state.currentTerm(), state.self,
                state.log.lastIndex(), state.log.lastTerm());
        for (String peer : state.peers) {
            ctx.send(peer, request);
        }
        return hasMajority();
    }

    /**
     * Answers a RequestVote whose term is not newer than ours (newer terms were adopted first).
     * A vote is granted at most once per term (§5.2), only to a candidate whose log is at least as
     * up-to-date as ours (§5.4.1); granting it resets our timer so we do not disrupt the election.
     */
    void onRequestVote(Context ctx, String from, RequestVote request) {
        boolean grant = request.term() == state.currentTerm()
                && (state.votedFor() == null || state.votedFor().equals(request.candidate()))
                && state.log.candidateIsAtLeastAsUpToDate(request.lastLogIndex(), request.lastLogTerm());
        if (grant) {
            state.voteFor(ctx.storage(), request.candidate());
            resetTimer(ctx);
        }
        ctx.send(from, new Vote(state.currentTerm(), grant));
    }

    /**
     * Counts a vote for the current candidacy.
     *
     * @return true when it completes a majority: "a candidate wins an election if it receives votes
     *         from a majority of the servers in the full cluster for the same term" (§5.2)
     */
    boolean onVote(String from, Vote vote) {
        if (state.role != RaftState.Role.CANDIDATE || vote.term() != state.currentTerm() || !vote.granted()) {
            return false;
        }
        votesReceived.add(from);
        return hasMajority();
    }

    private boolean hasMajority() {
        return votesReceived.size() >= state.majority();
    }
}
