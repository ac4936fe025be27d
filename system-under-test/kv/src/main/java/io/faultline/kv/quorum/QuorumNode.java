package io.faultline.kv.quorum;

import io.faultline.kv.common.LinKvCommands;
import io.faultline.kv.common.KvCommand;
import io.faultline.kv.quorum.QuorumMessages.Get;
import io.faultline.kv.quorum.QuorumMessages.GetReply;
import io.faultline.kv.quorum.QuorumMessages.Handoff;
import io.faultline.kv.quorum.QuorumMessages.HandoffAck;
import io.faultline.kv.quorum.QuorumMessages.Put;
import io.faultline.kv.quorum.QuorumMessages.PutAck;
import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.ReplyTo;
import java.util.List;

/**
 * A node of a Dynamo-style store (DeCandia et al. 2007), sans-I/O: every node is a replica for the
 * keys whose preference list holds it, a keeper of hints for others, and a coordinator for whatever
 * client request it receives (§4.5, no forwarding). Versions are reconciled by last writer wins on
 * Lamport timestamps. Everything stored is synced at the end of the handler that stored it, before
 * any acknowledgement leaves.
 *
 * <p>Client semantics: read of a missing key → 20; cas mismatch → 22, cas of a missing key → 20
 * unless it asks to create it (cas is not atomic, see {@link ReadCoordinator}); fewer than R replies → 11 (definite, reads change nothing); fewer than W
 * acknowledgements → 0 (indefinite).
 */
public final class QuorumNode implements Node {

    /** Timer tag: time to hand hints back to their nodes. */
    record HandoffDue() {
    }

    private final QuorumConfig config;
    private QuorumState state;
    private WriteCoordinator writes;
    private ReadCoordinator reads;

    public QuorumNode(QuorumConfig config) {
        this.config = config;
    }

    @Override
    public void onStart(Context ctx) {
        state = new QuorumState(ctx.self(), ctx.peers(), config);
        state.replica.recover(ctx.storage(), state.clock);
        writes = new WriteCoordinator(state);
        reads = new ReadCoordinator(state, writes);
        ctx.setTimer(config.handoffEveryNanos(), new HandoffDue());
    }

    @Override
    public void onMessage(Context ctx, String from, Message message) {
        switch (message) {
            case Put put -> onPut(ctx, from, put);
            case PutAck ack -> writes.onPutAck(ctx, from, ack);
            case Get get -> ctx.send(from, new GetReply(get.op(), state.replica.get(get.key())));
            case GetReply reply -> reads.onGetReply(ctx, from, reply);
            case Handoff handoff -> onHandoff(ctx, from, handoff);
            case HandoffAck ack -> state.replica.handedOff(ctx.storage(), from, ack.key(), ack.version());
            default -> onClientMessage(ctx, message);
        }
        state.replica.syncIfDirty(ctx.storage());
    }

    @Override
    public void onTimer(Context ctx, Object tag) {
        switch (tag) {
            case WriteCoordinator.HintDue due -> writes.onHintDue(ctx, due);
            case WriteCoordinator.GiveUp giveUp -> writes.onGiveUp(ctx, giveUp);
            case ReadCoordinator.GiveUp giveUp -> reads.onGiveUp(ctx, giveUp);
            case HandoffDue due -> handOffHints(ctx);
            default -> throw new IllegalStateException("unknown timer " + tag);
        }
        state.replica.syncIfDirty(ctx.storage());
    }

    private void onPut(Context ctx, String from, Put put) {
        state.clock.observe(put.version().timestamp());
        if (put.hintFor() == null) {
            state.replica.put(ctx.storage(), put.key(), put.version());
        } else {
            state.replica.putHint(ctx.storage(), put.hintFor(), put.key(), put.version());
        }
        ctx.send(from, new PutAck(put.op()));
    }

    private void onHandoff(Context ctx, String from, Handoff handoff) {
        state.clock.observe(handoff.version().timestamp());
        state.replica.put(ctx.storage(), handoff.key(), handoff.version());
        ctx.send(from, new HandoffAck(handoff.key(), handoff.version()));
    }

    /**
     * §4.6: offers every hint to its node; an acknowledgement deletes it, silence means try again
     * next time, so a hint reaches its node once that node answers again.
     */
    private void handOffHints(Context ctx) {
        if (!config.has(QuorumConfig.NO_HINTED_HANDOFF)) {
            for (Replica.Hint hint : state.replica.hints()) {
                ctx.send(hint.target(), new Handoff(hint.key(), hint.version()));
            }
        }
        ctx.setTimer(config.handoffEveryNanos(), new HandoffDue());
    }

    private void onClientMessage(Context ctx, Message message) {
        ReplyTo client = ctx.replyTo();
        LinKvCommands.commandOf(message).ifPresentOrElse(command -> {
            if (command.kind() == KvCommand.Kind.WRITE) {
                writes.start(ctx, command, command.key(), command.value(), client);
            } else {
                reads.start(ctx, command, client);
            }
        }, () -> ctx.log("ignoring unexpected " + message.getClass().getSimpleName()));
    }

    /** This node's own replica of {@code key}, or null; for tests. */
    Versioned versionOf(Object key) {
        return state.replica.get(key);
    }

    /** The hints this node keeps for others; for tests. */
    List<Replica.Hint> hints() {
        return state.replica.hints();
    }
}
