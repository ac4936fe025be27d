package io.faultline.kv.raft;

import io.faultline.kv.common.LinKvCommands;
import io.faultline.kv.common.KvCommand;
import io.faultline.node.Context;
import io.faultline.node.ReplyTo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Linearizable reads without log entries (Raft §8, "ReadIndex"): the leader notes its commit index
 * as the read index, confirms it is still leader by a heartbeat round that a majority answers, waits
 * until the state machine has applied the read index, then reads locally.
 *
 * <p>The read index is at least the index of the leader's no-op of this term, so the read also
 * waits for "the leader must have the latest information on which entries are committed" (§8).
 */
final class ReadIndexReads {

    private record PendingRead(KvCommand read, ReplyTo client, long readIndex, long round) {
    }

    private final List<PendingRead> pending = new ArrayList<>();

    /** Registers a read; it is served once {@code round} is confirmed and {@code readIndex} applied. */
    void add(KvCommand read, ReplyTo client, long readIndex, long round) {
        pending.add(new PendingRead(read, client, readIndex, round));
    }

    /** Serves every read whose round is confirmed and whose read index the state machine reached. */
    void serveReady(Context ctx, RaftState state, long confirmedRound) {
        Iterator<PendingRead> reads = pending.iterator();
        while (reads.hasNext()) {
            PendingRead read = reads.next();
            if (read.round() <= confirmedRound && read.readIndex() <= state.lastApplied) {
                reads.remove();
                ctx.reply(read.client(), LinKvCommands.replyOf(read.read(),
                        state.stateMachine.apply(read.read())));
            }
        }
    }

    /** Fails every pending read when leadership is lost: a read is harmless to refuse (definite). */
    void failAll(Context ctx) {
        for (PendingRead read : pending) {
            ctx.reply(read.client(), LinKvCommands.unavailable("lost leadership before the read was confirmed"));
        }
        pending.clear();
    }

    int pendingCount() {
        return pending.size();
    }
}
