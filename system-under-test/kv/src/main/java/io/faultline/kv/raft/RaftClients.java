package io.faultline.kv.raft;

import io.faultline.kv.common.LinKvCommands;
import io.faultline.kv.common.KvCommand;
import io.faultline.kv.common.Proxy;
import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.ReplyTo;

/**
 * Routes lin-kv client messages (§8): the leader serves them; a follower that knows the leader
 * forwards the request and relays the answer; otherwise the client gets 11 (definite: nothing was
 * tried). A forwarded request is never forwarded again, so a stale view of the leader cannot loop.
 */
final class RaftClients {

    /** The leader's way of serving a request. */
    interface Leader {
        void lead(Context ctx, KvCommand command, ReplyTo client);
    }

    private final RaftState state;
    private final Proxy proxy;
    private final Leader leader;

    RaftClients(RaftState state, Proxy proxy, Leader leader) {
        this.state = state;
        this.proxy = proxy;
        this.leader = leader;
    }

    /** Handles a message that is not Raft's own: a client request, or a reply to one we forwarded. */
    void onMessage(Context ctx, String from, Message message) {
        proxy.route(ctx, from, message, this::onRequest);
    }

    private void onRequest(Context ctx, String from, Message request, KvCommand command) {
        ReplyTo client = ctx.replyTo();
        if (answersReadLocally(command)) {
            ctx.reply(client, LinKvCommands.replyOf(command, state.stateMachine.apply(command)));
        } else if (state.isLeader()) {
            leader.lead(ctx, command, client);
        } else if (state.leaderId != null && !state.peers.contains(from)) {
            proxy.forward(ctx, state.leaderId, request, client);
        } else {
            ctx.reply(client, LinKvCommands.unavailable(state.leaderId == null
                    ? "no leader known" : "not the leader (a forwarded request is not forwarded again)"));
        }
    }

    /** The bug switches that skip Raft's read path; correct Raft never answers a read this way. */
    private boolean answersReadLocally(KvCommand command) {
        return command.kind() == KvCommand.Kind.READ
                && (state.config.has(RaftConfig.STALE_FOLLOWER_READS)
                || state.isLeader() && state.config.has(RaftConfig.LEASE_READS_WITHOUT_CLOCK_CHECK));
    }
}
