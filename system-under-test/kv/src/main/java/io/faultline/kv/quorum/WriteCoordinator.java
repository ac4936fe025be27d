package io.faultline.kv.quorum;

import io.faultline.kv.common.LinKvCommands;
import io.faultline.kv.common.KvCommand;
import io.faultline.kv.common.KvResult;
import io.faultline.kv.quorum.QuorumMessages.Put;
import io.faultline.kv.quorum.QuorumMessages.PutAck;
import io.faultline.node.Context;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coordinates writes (Dynamo §4.5): stamps a version, sends it to the key's N replicas, answers the
 * client after W acknowledgements. A replica silent for the hint delay is replaced by the next
 * fallback node on the ring, which keeps the version as a hint (§4.6, sloppy quorum); its
 * acknowledgement counts toward W, as in Dynamo.
 *
 * <p>Without W acknowledgements in time the client gets 0 (timeout), an indefinite error: some
 * replicas may hold the version and it may still spread.
 */
final class WriteCoordinator {

    /** Timer tags. */
    record HintDue(long op) {
    }

    record GiveUp(long op) {
    }

    private static final class Round {
        final KvCommand command;
        final Object key;
        final Versioned version;
        final ReplyTo client;
        final Set<String> acked = new LinkedHashSet<>();
        final Set<String> contacted = new LinkedHashSet<>();

        Round(KvCommand command, Object key, Versioned version, ReplyTo client) {
            this.command = command;
            this.key = key;
            this.version = version;
            this.client = client;
        }
    }

    private final QuorumState state;
    private final Map<Long, Round> rounds = new HashMap<>();

    WriteCoordinator(QuorumState state) {
        this.state = state;
    }

    /** Writes {@code value} under {@code key} for {@code command} (a write, or the second half of a cas). */
    void start(Context ctx, KvCommand command, Object key, Object value, ReplyTo client) {
        long op = ctx.random().nextLong();
        Round round = new Round(command, key, new Versioned(value, state.stamp(ctx)), client);
        rounds.put(op, round);
        for (String replica : state.preferenceList(key)) {
            sendPut(ctx, op, round, replica, null);
        }
        if (!state.config.has(QuorumConfig.NO_HINTED_HANDOFF)) {
            ctx.setTimer(state.config.hintAfterNanos(), new HintDue(op));
        }
        ctx.setTimer(state.config.requestTimeoutNanos(), new GiveUp(op));
    }

    private void sendPut(Context ctx, long op, Round round, String to, String hintFor) {
        round.contacted.add(to);
        if (!to.equals(state.self)) {
            ctx.send(to, new Put(op, round.key, round.version, hintFor));
            return;
        }
        if (hintFor == null) {
            state.replica.put(ctx.storage(), round.key, round.version);
        } else {
            state.replica.putHint(ctx.storage(), hintFor, round.key, round.version);
        }
        onAck(ctx, op, state.self);
    }

    void onPutAck(Context ctx, String from, PutAck ack) {
        onAck(ctx, ack.op(), from);
    }

    private void onAck(Context ctx, long op, String from) {
        Round round = rounds.get(op);
        if (round == null || !round.acked.add(from) || round.acked.size() != state.config.writeQuorum()) {
            return;
        }
        // the local copy, if any, is synced when the handler ends, before this reply leaves
        ctx.reply(round.client, LinKvCommands.replyOf(round.command, KvResult.ok(null)));
    }

    /** §4.6: each replica that has not acknowledged yet gets a stand-in from the fallback nodes. */
    void onHintDue(Context ctx, HintDue due) {
        Round round = rounds.get(due.op());
        if (round == null) {
            return;
        }
        List<String> standIns = new ArrayList<>(state.fallbacks(round.key));
        standIns.removeAll(round.contacted);
        for (String replica : state.preferenceList(round.key)) {
            if (!round.acked.contains(replica) && !standIns.isEmpty()) {
                sendPut(ctx, due.op(), round, standIns.remove(0), replica);
            }
        }
    }

    /** Forgets the round; a client still waiting gets an indefinite timeout. */
    void onGiveUp(Context ctx, GiveUp giveUp) {
        Round round = rounds.remove(giveUp.op());
        if (round != null && round.acked.size() < state.config.writeQuorum()) {
            ctx.reply(round.client, LinKvCommands.replyOf(round.command, KvResult.error(ErrorCode.TIMEOUT,
                    "only " + round.acked.size() + " of W=" + state.config.writeQuorum()
                            + " replicas acknowledged; the write may still take effect")));
        }
    }
}
