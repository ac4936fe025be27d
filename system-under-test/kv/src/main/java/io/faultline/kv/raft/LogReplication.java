package io.faultline.kv.raft;

import io.faultline.kv.common.Quorums;
import io.faultline.kv.raft.RaftMessages.AppendEntries;
import io.faultline.kv.raft.RaftMessages.Appended;
import io.faultline.node.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The leader's side of log replication (§5.3) and commitment (§5.3, §5.4.2), plus the heartbeat
 * rounds that confirm leadership for ReadIndex (§8). Exists only while its server leads one term.
 */
final class LogReplication {

    /** The tag of the leader's heartbeat timer. */
    record Heartbeat() {
    }

    private final RaftState state;
    private final Map<String, Long> nextIndex = new HashMap<>();
    private final Map<String, Long> matchIndex = new HashMap<>();
    /** Per follower, the latest broadcast round it answered in this term. */
    private final Map<String, Long> answeredRound = new HashMap<>();
    private long round;
    private long heartbeatTimerId = -1;

    LogReplication(RaftState state) {
        this.state = state;
        for (String peer : state.peers) {
            nextIndex.put(peer, state.log.lastIndex() + 1);
            matchIndex.put(peer, 0L);
            answeredRound.put(peer, 0L);
        }
    }

    /** Sends every follower what it lacks (a heartbeat if nothing) and re-arms the heartbeat timer. */
    void broadcast(Context ctx) {
        round++;
        for (String peer : state.peers) {
            sendAppend(ctx, peer);
        }
        if (heartbeatTimerId >= 0) {
            ctx.cancelTimer(heartbeatTimerId);
        }
        heartbeatTimerId = ctx.setTimer(state.config.heartbeatNanos(), new Heartbeat());
    }

    void stop(Context ctx) {
        if (heartbeatTimerId >= 0) {
            ctx.cancelTimer(heartbeatTimerId);
        }
    }

    private void sendAppend(Context ctx, String peer) {
        long next = nextIndex.get(peer);
        long prev = next - 1;
        ctx.send(peer, new AppendEntries(state.currentTerm(), state.self, prev, state.log.termAt(prev),
                state.log.slice(next, state.config.maxEntriesPerAppend()), state.commitIndex, round));
    }

    /**
     * Handles a follower's answer from the current term: on success it advances matchIndex; on a
     * failed consistency check it backs nextIndex off to the follower's hint and retries (§5.3).
     */
    void onAppended(Context ctx, String from, Appended answer) {
        answeredRound.merge(from, answer.round(), Math::max);
        if (answer.success()) {
            matchIndex.merge(from, answer.matchIndex(), Math::max);
            nextIndex.put(from, Math.max(nextIndex.get(from), matchIndex.get(from) + 1));
            if (nextIndex.get(from) <= state.log.lastIndex()) {
                sendAppend(ctx, from);
            }
            return;
        }
        long backedOff = Math.min(nextIndex.get(from) - 1, answer.matchIndex() + 1);
        nextIndex.put(from, Math.max(matchIndex.get(from) + 1, Math.max(1, backedOff)));
        sendAppend(ctx, from);
    }

    /**
     * Advances commitIndex to the highest index stored on a majority, but only when that entry is from
     * the current term: earlier-term entries commit indirectly (§5.4.2, Figure 8). The
     * {@code commit-previous-term} bug drops that condition.
     *
     * @return whether commitIndex moved
     */
    boolean advanceCommit() {
        List<Long> matched = new ArrayList<>(matchIndex.values());
        matched.add(state.log.lastIndex());
        long onMajority = Quorums.reachedByQuorum(matched, state.majority());
        boolean currentTerm = state.log.termAt(onMajority) == state.currentTerm();
        if (onMajority <= state.commitIndex
                || !(currentTerm || state.config.has(RaftConfig.COMMIT_PREVIOUS_TERM))) {
            return false;
        }
        state.commitIndex = onMajority;
        return true;
    }

    /** The latest broadcast round that a majority (counting this leader) has answered in this term. */
    long confirmedRound() {
        List<Long> rounds = new ArrayList<>(answeredRound.values());
        rounds.add(round);
        return Quorums.reachedByQuorum(rounds, state.majority());
    }

    /** The round the next broadcast will carry; a read registered now is confirmed by it or later. */
    long nextRound() {
        return round + 1;
    }
}
