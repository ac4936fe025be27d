package io.faultline.kv.primarybackup;

import io.faultline.kv.primarybackup.PbMessages.Heartbeat;
import io.faultline.kv.primarybackup.PbMessages.NewerView;
import io.faultline.kv.primarybackup.PbMessages.Replicate;
import io.faultline.kv.primarybackup.PbMessages.ReplicateAck;
import io.faultline.kv.primarybackup.PbMessages.StateRequest;
import io.faultline.kv.primarybackup.PbMessages.StateTransfer;
import io.faultline.node.Context;

/**
 * The backup's side: applies the primary's updates in order, notices gaps and view changes and then
 * fetches the primary's whole state, fences senders from older views, and detects a silent primary.
 */
final class Backup {

    private final PrimaryBackupNode node;
    private final PbState state;
    private final PrimaryBackupConfig config;
    private long lastHeardNanos;
    /** Whether our state derives from the current view's primary; false after a view change or restart. */
    private boolean inSync;

    Backup(PrimaryBackupNode node, PbState state, PrimaryBackupConfig config) {
        this.node = node;
        this.state = state;
        this.config = config;
    }

    void heard(Context ctx) {
        lastHeardNanos = ctx.now();
    }

    boolean primaryIsSilent(Context ctx) {
        return ctx.now() - lastHeardNanos > config.failoverNanos();
    }

    void requestState(Context ctx, String primary) {
        inSync = false;
        ctx.send(primary, new StateRequest(state.view()));
    }

    /** Applies update {@code seq} if it is the next one; a gap means we missed some: fetch the state. */
    void onReplicate(Context ctx, String from, Replicate update) {
        if (!config.fencing()) {
            // the bug: any primary's update is applied, whatever its view and order
            state.applyUpdate(ctx.storage(), update.seq(), update.command());
            ctx.send(from, new ReplicateAck(update.view(), state.seq()));
            return;
        }
        if (!fromCurrentPrimary(ctx, from, update.view()) || !inSync) {
            return; // not in sync yet: the state transfer under way covers this update
        }
        if (update.seq() == state.seq() + 1) {
            state.applyUpdate(ctx.storage(), update.seq(), update.command());
        } else if (update.seq() > state.seq() + 1) {
            requestState(ctx, from);
            return;
        }
        ctx.send(from, new ReplicateAck(update.view(), state.seq()));
    }

    void onHeartbeat(Context ctx, String from, Heartbeat heartbeat) {
        if (!fromCurrentPrimary(ctx, from, heartbeat.view())) {
            return;
        }
        if (!inSync || heartbeat.seq() > state.seq()) {
            requestState(ctx, from);
        }
    }

    /** Replaces our state with the primary's of our view, and acknowledges everything in it. */
    void onStateTransfer(Context ctx, String from, StateTransfer transfer) {
        node.observeView(ctx, transfer.view());
        if (transfer.view() != state.view() || node.isPrimary()) {
            return;
        }
        state.replace(ctx.storage(), transfer.seq(), transfer.entries());
        inSync = true;
        heard(ctx);
        ctx.send(from, new ReplicateAck(transfer.view(), state.seq()));
    }

    /**
     * Fences a sender of an older view (it learns the newer one and steps down), adopts a newer view,
     * and notes that the primary is alive. With the {@code no-fencing} bug old views are not fenced.
     *
     * @return whether the message comes from our view's primary and we are its backup
     */
    private boolean fromCurrentPrimary(Context ctx, String from, long view) {
        if (view < state.view() && config.fencing()) {
            ctx.send(from, new NewerView(state.view()));
            return false;
        }
        node.observeView(ctx, view);
        if (node.isPrimary()) {
            return false;
        }
        heard(ctx);
        return true;
    }
}
