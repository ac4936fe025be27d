package io.faultline.kv.raft;

import io.faultline.kv.raft.RaftMessages.AppendEntries;
import io.faultline.kv.raft.RaftMessages.Appended;
import io.faultline.node.Context;

/** The receiver's side of AppendEntries (Figure 2, "Receiver implementation"). */
final class FollowerLog {

    private final RaftState state;

    FollowerLog(RaftState state) {
        this.state = state;
    }

    /**
     * Applies an AppendEntries from the leader of the current term and answers it. The term was
     * checked by the caller; this does steps 2 to 5 of the receiver implementation.
     *
     * @return whether commitIndex moved
     */
    boolean onAppendEntries(Context ctx, String from, AppendEntries request) {
        if (!state.log.matches(request.prevLogIndex(), request.prevLogTerm())) {
            // step 2: reply false; hint where our log could match so the leader skips ahead (§5.3)
            long hint = Math.min(state.log.lastIndex(), request.prevLogIndex() - 1);
            ctx.send(from, new Appended(state.currentTerm(), false, hint, request.round()));
            return false;
        }
        long changedFrom = state.log.merge(request.prevLogIndex(), request.entries());
        if (changedFrom > 0) {
            state.persistence.saveLogFrom(ctx.storage(), state.log, changedFrom);
        }
        long lastNewIndex = request.prevLogIndex() + request.entries().size();
        ctx.send(from, new Appended(state.currentTerm(), true, lastNewIndex, request.round()));
        // step 5: commitIndex = min(leaderCommit, index of last new entry)
        long newCommit = Math.min(request.leaderCommit(), lastNewIndex);
        if (newCommit > state.commitIndex) {
            state.commitIndex = newCommit;
            return true;
        }
        return false;
    }

    /** Rejects an AppendEntries from a stale leader; our newer term makes it step down (§5.1). */
    void rejectStale(Context ctx, String from, AppendEntries request) {
        ctx.send(from, new Appended(state.currentTerm(), false, state.log.lastIndex(), request.round()));
    }
}
