package io.faultline.kv.primarybackup;

import io.faultline.kv.common.LinKvCommands;
import io.faultline.kv.common.KvCommand;
import io.faultline.kv.common.Proxy;
import io.faultline.kv.primarybackup.PbMessages.Heartbeat;
import io.faultline.kv.primarybackup.PbMessages.NewerView;
import io.faultline.kv.primarybackup.PbMessages.Replicate;
import io.faultline.kv.primarybackup.PbMessages.ReplicateAck;
import io.faultline.kv.primarybackup.PbMessages.StateRequest;
import io.faultline.kv.primarybackup.PbMessages.StateTransfer;
import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.ReplyTo;
import java.util.ArrayList;
import java.util.List;

/**
 * A primary-backup replicated key-value store (Alsberg &amp; Day 1976; Budhiraja et al. 1993), sans-I/O.
 *
 * <p>Views order the primaries: view {@code v}'s primary is the {@code v mod n}-th node by id, so view 0
 * starts with the lowest id. The primary executes client commands, acknowledges at once (or, with
 * {@code sync=true}, once every backup applied them) and sends each update to the backups in order.
 * A backup that hears nothing from its primary for the failover timeout moves to the next view; the
 * node that view names promotes itself, and the others adopt its state by state transfer. Messages of
 * an older view are answered with {@link NewerView}, which makes a deposed primary step down (fencing).
 *
 * <p>Clients are routed by {@link PbClients}; the primary's part is {@link #execute}.
 */
public final class PrimaryBackupNode implements Node {

    /** The one periodic timer: heartbeats on a primary, failure detection on a backup. */
    record Tick() {
    }

    private final PrimaryBackupConfig config;
    private final PbState state = new PbState();
    private List<String> members;
    private String self;
    private Proxy proxy;
    private PbClients clients;
    private Backup backup;
    private SyncWrites syncWrites;

    public PrimaryBackupNode(PrimaryBackupConfig config) {
        this.config = config;
    }

    @Override
    public void onStart(Context ctx) {
        self = ctx.self();
        List<String> all = new ArrayList<>(ctx.peers());
        all.add(self);
        all.sort(null);
        members = List.copyOf(all);
        state.recover(ctx.storage());
        proxy = new Proxy(config.requestTimeoutNanos());
        clients = new PbClients(this, proxy, config, members);
        backup = new Backup(this, state, config);
        syncWrites = new SyncWrites(ctx.peers(), config.requestTimeoutNanos());
        backup.heard(ctx);
        ctx.setTimer(config.heartbeatNanos(), new Tick());
    }

    @Override
    public void onMessage(Context ctx, String from, Message message) {
        switch (message) {
            case Replicate update -> backup.onReplicate(ctx, from, update);
            case Heartbeat heartbeat -> backup.onHeartbeat(ctx, from, heartbeat);
            case StateTransfer transfer -> backup.onStateTransfer(ctx, from, transfer);
            case ReplicateAck ack when ack.view() == state.view() -> syncWrites.onAck(ctx, from, ack.seq());
            case ReplicateAck staleAck -> { } // from an older view: it acknowledges a different history
            case StateRequest request -> onStateRequest(ctx, from, request);
            case NewerView newer -> observeView(ctx, newer.view());
            default -> clients.onMessage(ctx, from, message);
        }
        state.syncIfDirty(ctx.storage());
    }

    @Override
    public void onTimer(Context ctx, Object tag) {
        switch (tag) {
            case Tick tick -> onTick(ctx);
            case Proxy.Timeout timeout -> proxy.onTimeout(ctx, timeout);
            case SyncWrites.GiveUp giveUp -> syncWrites.onGiveUp(ctx, giveUp);
            default -> throw new IllegalStateException("unknown timer " + tag);
        }
        state.syncIfDirty(ctx.storage());
    }

    String primaryOf(long view) {
        return members.get((int) Math.floorMod(view, (long) members.size()));
    }

    boolean isPrimary() {
        return primaryOf(state.view()).equals(self);
    }

    /**
     * Moves to a newer view heard of. Fencing: a primary that learns of a newer view is deposed. The
     * {@code no-fencing} bug makes a primary ignore newer views and keep serving.
     */
    void observeView(Context ctx, long view) {
        if (view <= state.view() || (isPrimary() && !config.fencing())) {
            return;
        }
        enterView(ctx, view);
    }

    private void enterView(Context ctx, long view) {
        state.setView(ctx.storage(), view);
        backup.heard(ctx);
        if (isPrimary()) {
            broadcast(ctx, new Heartbeat(view, state.seq())); // announce: backups fetch our state
        } else {
            backup.requestState(ctx, primaryOf(view));
        }
    }

    private void onTick(Context ctx) {
        if (isPrimary()) {
            broadcast(ctx, new Heartbeat(state.view(), state.seq()));
        } else if (backup.primaryIsSilent(ctx)) {
            enterView(ctx, state.view() + 1); // failover: the next node in id order takes over
        }
        ctx.setTimer(config.heartbeatNanos(), new Tick());
    }

    private void onStateRequest(Context ctx, String from, StateRequest request) {
        observeView(ctx, request.view());
        if (isPrimary() && request.view() <= state.view()) {
            ctx.send(from, new StateTransfer(state.view(), state.seq(), state.entries(ctx.storage())));
        }
    }

    void broadcast(Context ctx, Message message) {
        for (String member : members) {
            if (!member.equals(self)) {
                ctx.send(member, message);
            }
        }
    }

    /** Executes on the primary; an update goes to the backups before (async) or after (sync) the answer. */
    void execute(Context ctx, KvCommand command, ReplyTo client) {
        long seqBefore = state.seq();
        var result = state.execute(ctx.storage(), command);
        Message reply = LinKvCommands.replyOf(command, result);
        if (state.seq() == seqBefore) {
            ctx.reply(client, reply);
            return;
        }
        broadcast(ctx, new Replicate(state.view(), state.seq(),
                KvCommand.write(command.key(), state.store.get(command.key()))));
        if (config.sync() && members.size() > 1) {
            syncWrites.await(ctx, state.seq(), client, reply);
        } else {
            ctx.reply(client, reply);
        }
    }

    /** This node's view; for tests. */
    long view() {
        return state.view();
    }

    /** This node's copy of {@code key}, or null; for tests. */
    Object valueOf(Object key) {
        return state.store.get(key);
    }
}
