package io.faultline.kv.raft;

import io.faultline.kv.common.KvCommand;
import io.faultline.kv.common.Proxy;
import io.faultline.kv.raft.RaftMessages.AppendEntries;
import io.faultline.kv.raft.RaftMessages.Appended;
import io.faultline.kv.raft.RaftMessages.RequestVote;
import io.faultline.kv.raft.RaftMessages.Vote;
import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.ReplyTo;

/**
 * A Raft server (Ongaro &amp; Ousterhout 2014) replicating a key-value state machine, sans-I/O.
 *
 * <p>This class routes events and owns role changes; the rules live in {@link Election},
 * {@link LogReplication}, {@link FollowerLog}, {@link Applier} and {@link ReadIndexReads}. Persistent state
 * is synced at the end of every handler, before any message it produced leaves (§5).
 *
 * <p>Clients are routed by {@link RaftClients}; the leader's part of serving them is {@link #lead}.
 */
public final class RaftNode implements Node {

    private final RaftConfig config;
    private RaftState state;
    private Election election;
    private FollowerLog followerLog;
    private Applier applier;
    private Proxy proxy;
    private RaftClients clients;
    private final ReadIndexReads reads = new ReadIndexReads();
    /** Non-null exactly while this server is leader. */
    private LogReplication replication;
    /** The index of this leader's no-op of its term (§8); 0 when the bug switch skips it. */
    private long noopIndex;

    public RaftNode(RaftConfig config) {
        this.config = config;
    }

    @Override
    public void onStart(Context ctx) {
        state = new RaftState(ctx.self(), ctx.peers(), config);
        state.recover(ctx.storage());
        election = new Election(state);
        followerLog = new FollowerLog(state);
        applier = new Applier(state);
        proxy = new Proxy(config.forwardTimeoutNanos());
        clients = new RaftClients(state, proxy, this::lead);
        election.resetTimer(ctx);
    }

    @Override
    public void onMessage(Context ctx, String from, Message message) {
        switch (message) {
            case RequestVote request -> {
                observeTerm(ctx, request.term());
                election.onRequestVote(ctx, from, request);
            }
            case Vote vote -> {
                observeTerm(ctx, vote.term());
                if (election.onVote(from, vote)) {
                    becomeLeader(ctx);
                }
            }
            case AppendEntries request -> onAppendEntries(ctx, from, request);
            case Appended answer -> onAppended(ctx, from, answer);
            default -> clients.onMessage(ctx, from, message);
        }
        state.persistence.syncIfDirty(ctx.storage());
    }

    @Override
    public void onTimer(Context ctx, Object tag) {
        switch (tag) {
            case Election.Timeout timeout when !state.isLeader() -> {
                if (election.start(ctx)) {
                    becomeLeader(ctx);
                }
            }
            case LogReplication.Heartbeat heartbeat when state.isLeader() -> replication.broadcast(ctx);
            case Proxy.Timeout timeout -> proxy.onTimeout(ctx, timeout);
            default -> { } // a timer of a role this server no longer has
        }
        state.persistence.syncIfDirty(ctx.storage());
    }

    /** §5.1: a newer term seen anywhere makes this server adopt it and become a follower. */
    private void observeTerm(Context ctx, long term) {
        if (term > state.currentTerm()) {
            state.enterTerm(ctx.storage(), term);
            becomeFollower(ctx);
        }
    }

    private void becomeFollower(Context ctx) {
        if (state.isLeader()) {
            replication.stop(ctx);
            replication = null;
            reads.failAll(ctx);
            election.resetTimer(ctx);
        }
        state.role = RaftState.Role.FOLLOWER;
    }

    /** §5.2 and §8: the new leader appends a no-op of its term so it learns what is committed. */
    private void becomeLeader(Context ctx) {
        state.role = RaftState.Role.LEADER;
        state.leaderId = state.self;
        election.stopTimer(ctx);
        replication = new LogReplication(state);
        noopIndex = config.has(RaftConfig.COMMIT_PREVIOUS_TERM) ? 0
                : state.appendAsLeader(ctx.storage(), KvCommand.noop());
        replication.broadcast(ctx);
        commitAndApply(ctx);
    }

    private void onAppendEntries(Context ctx, String from, AppendEntries request) {
        observeTerm(ctx, request.term());
        if (request.term() < state.currentTerm()) {
            followerLog.rejectStale(ctx, from, request);
            return;
        }
        becomeFollower(ctx); // a candidate that hears the new leader of its term steps back (§5.2)
        state.leaderId = request.leader();
        election.resetTimer(ctx);
        if (followerLog.onAppendEntries(ctx, from, request)) {
            applier.applyCommitted(ctx);
        }
    }

    private void onAppended(Context ctx, String from, Appended answer) {
        observeTerm(ctx, answer.term());
        if (state.isLeader() && answer.term() == state.currentTerm()) {
            replication.onAppended(ctx, from, answer);
            commitAndApply(ctx);
        }
    }

    private void commitAndApply(Context ctx) {
        if (replication.advanceCommit()) {
            applier.applyCommitted(ctx);
        }
        reads.serveReady(ctx, state, replication.confirmedRound());
    }

    /** Serves a client request as leader: a log entry (§5.3), or a ReadIndex read (§8). */
    private void lead(Context ctx, KvCommand command, ReplyTo client) {
        if (command.kind() == KvCommand.Kind.READ && config.readIndex()) {
            reads.add(command, client, Math.max(state.commitIndex, noopIndex), replication.nextRound());
        } else {
            long index = state.appendAsLeader(ctx.storage(), command);
            applier.await(index, state.currentTerm(), command, client);
        }
        replication.broadcast(ctx);
        commitAndApply(ctx);
    }

    /** A snapshot of this server's state; for tests. */
    RaftStatus status() {
        return new RaftStatus(state.role, state.currentTerm(), state.votedFor(), state.leaderId,
                state.commitIndex, state.lastApplied, state.log.slice(1, Integer.MAX_VALUE));
    }
}
