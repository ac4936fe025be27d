package io.faultline.kv.primarybackup;

import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * With {@code sync=true}: client answers held back until every backup acknowledged the update. A
 * write that waits longer than the timeout is answered 0 (indefinite): the primary applied it.
 */
final class SyncWrites {

    /** Timer tag: stop waiting for update {@code seq}. */
    record GiveUp(long seq) {
    }

    private record Waiting(ReplyTo client, Message reply, long timerId) {
    }

    private final List<String> backups;
    private final long timeoutNanos;
    private final Map<String, Long> ackedSeq = new HashMap<>();
    private final TreeMap<Long, Waiting> waitingBySeq = new TreeMap<>();

    SyncWrites(List<String> backups, long timeoutNanos) {
        this.backups = List.copyOf(backups);
        this.timeoutNanos = timeoutNanos;
    }

    void await(Context ctx, long seq, ReplyTo client, Message reply) {
        long timerId = ctx.setTimer(timeoutNanos, new GiveUp(seq));
        waitingBySeq.put(seq, new Waiting(client, reply, timerId));
    }

    /** Releases every answer whose update all backups have now applied. */
    void onAck(Context ctx, String from, long seq) {
        ackedSeq.merge(from, seq, Math::max);
        long appliedEverywhere = backups.stream().mapToLong(b -> ackedSeq.getOrDefault(b, 0L)).min().orElse(seq);
        while (!waitingBySeq.isEmpty() && waitingBySeq.firstKey() <= appliedEverywhere) {
            Waiting waiting = waitingBySeq.pollFirstEntry().getValue();
            ctx.cancelTimer(waiting.timerId());
            ctx.reply(waiting.client(), waiting.reply());
        }
    }

    void onGiveUp(Context ctx, GiveUp giveUp) {
        Waiting waiting = waitingBySeq.remove(giveUp.seq());
        if (waiting != null) {
            ctx.reply(waiting.client(), ErrorReply.of(ErrorCode.TIMEOUT,
                    "not every backup acknowledged in time; the primary applied the write"));
        }
    }
}
