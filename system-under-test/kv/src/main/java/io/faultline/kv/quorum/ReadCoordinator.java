package io.faultline.kv.quorum;

import io.faultline.kv.common.LinKvCommands;
import io.faultline.kv.common.KvCommand;
import io.faultline.kv.common.KvResult;
import io.faultline.kv.quorum.QuorumMessages.Get;
import io.faultline.kv.quorum.QuorumMessages.GetReply;
import io.faultline.kv.quorum.QuorumMessages.Put;
import io.faultline.node.Context;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.ErrorCode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Coordinates reads and the read half of cas (Dynamo §4.5): asks the key's N replicas, answers after
 * R replies with the newest version (last writer wins), and repairs every replica that answered with
 * an older version, including those that answer late (read repair, §4.5/§5).
 *
 * <p>cas is a read followed by a conditional write of a new version. It is <b>not atomic</b>: two
 * cas that read the same version can both succeed. That is the honest semantics of a Dynamo store,
 * left for the checkers to find. A cas with {@code create_if_not_exists} that finds no replica with
 * the key writes it the same way, so two such cas racing on a new key can both succeed, and last
 * writer wins.
 */
final class ReadCoordinator {

    /** Timer tag: the round ends, whether or not R replicas answered. */
    record GiveUp(long op) {
    }

    private static final class Round {
        final KvCommand command;
        final ReplyTo client;
        final Map<String, Versioned> replies = new LinkedHashMap<>();
        boolean answered;

        Round(KvCommand command, ReplyTo client) {
            this.command = command;
            this.client = client;
        }

        Versioned newest() {
            return replies.values().stream().reduce(null, Versioned::newest);
        }
    }

    private final QuorumState state;
    private final WriteCoordinator writes;
    private final Map<Long, Round> rounds = new HashMap<>();

    ReadCoordinator(QuorumState state, WriteCoordinator writes) {
        this.state = state;
        this.writes = writes;
    }

    /** Starts a read, or the read half of a cas. */
    void start(Context ctx, KvCommand command, ReplyTo client) {
        long op = ctx.random().nextLong();
        rounds.put(op, new Round(command, client));
        ctx.setTimer(state.config.requestTimeoutNanos(), new GiveUp(op));
        for (String replica : state.preferenceList(command.key())) {
            if (replica.equals(state.self)) {
                onReply(ctx, op, state.self, state.replica.get(command.key()));
            } else {
                ctx.send(replica, new Get(op, command.key()));
            }
        }
    }

    void onGetReply(Context ctx, String from, GetReply reply) {
        onReply(ctx, reply.op(), from, reply.version());
    }

    private void onReply(Context ctx, long op, String from, Versioned version) {
        Round round = rounds.get(op);
        if (round == null || round.replies.containsKey(from)) {
            return;
        }
        if (version != null) {
            state.clock.observe(version.timestamp());
        }
        round.replies.put(from, version);
        if (!round.answered && round.replies.size() >= state.config.readQuorum()) {
            round.answered = true;
            finish(ctx, round);
        }
        if (round.answered) {
            repair(ctx, round);
        }
    }

    private void finish(Context ctx, Round round) {
        Versioned newest = round.newest();
        KvCommand command = round.command;
        if (newest == null && command.kind() == KvCommand.Kind.CAS && command.createIfNotExists()) {
            writes.start(ctx, command, command.key(), command.value(), round.client);
        } else if (newest == null) {
            reply(ctx, round, KvResult.error(ErrorCode.KEY_DOES_NOT_EXIST, "no replica has key " + command.key()));
        } else if (command.kind() == KvCommand.Kind.READ) {
            reply(ctx, round, KvResult.ok(newest.value()));
        } else if (!Objects.equals(newest.value(), command.expected())) {
            reply(ctx, round, KvResult.error(ErrorCode.PRECONDITION_FAILED,
                    "expected " + command.expected() + " but found " + newest.value()));
        } else {
            writes.start(ctx, command, command.key(), command.value(), round.client);
        }
    }

    /** Writes the newest version back to every replica that answered with an older one. */
    private void repair(Context ctx, Round round) {
        Versioned newest = round.newest();
        if (newest == null || state.config.has(QuorumConfig.NO_READ_REPAIR)) {
            return;
        }
        for (Map.Entry<String, Versioned> reply : round.replies.entrySet()) {
            if (Versioned.newest(reply.getValue(), newest) != reply.getValue()) {
                reply.setValue(newest); // repair each replica once
                sendRepair(ctx, reply.getKey(), round.command.key(), newest);
            }
        }
    }

    private void sendRepair(Context ctx, String replica, Object key, Versioned newest) {
        if (replica.equals(state.self)) {
            state.replica.put(ctx.storage(), key, newest);
        } else {
            ctx.send(replica, new Put(ctx.random().nextLong(), key, newest, null));
        }
    }

    private void reply(Context ctx, Round round, KvResult result) {
        ctx.reply(round.client, LinKvCommands.replyOf(round.command, result));
    }

    /** Ends the round; a client still waiting gets 11: a read or an unstarted cas changed nothing. */
    void onGiveUp(Context ctx, GiveUp giveUp) {
        Round round = rounds.remove(giveUp.op());
        if (round != null && !round.answered) {
            reply(ctx, round, KvResult.error(ErrorCode.TEMPORARILY_UNAVAILABLE,
                    "only " + round.replies.size() + " of R=" + state.config.readQuorum() + " replicas answered"));
        }
    }
}
