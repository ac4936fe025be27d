package io.faultline.p2p.napster;

import io.faultline.node.Context;
import io.faultline.node.Message;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A peer's requests to the index and to other peers that still wait: each ends exactly once, with the first
 * reply (matched by {@code in_reply_to}) or with its timeout, whichever comes first. Later replies are dropped.
 */
final class Calls {

    /** The timer tag of one request's timeout. */
    record Timeout(long msgId) {
    }

    private record Waiting(BiConsumer<Context, Message> onReply, Consumer<Context> onTimeout, long timerId) {
    }

    // looked up by msg_id only, never iterated: hash order cannot leak out
    private final Map<Long, Waiting> waiting = new HashMap<>();
    private final long timeoutNanos;

    Calls(long timeoutNanos) {
        this.timeoutNanos = timeoutNanos;
    }

    void call(Context ctx, String to, Message request, BiConsumer<Context, Message> onReply,
              Consumer<Context> onTimeout) {
        long msgId = ctx.send(to, request);
        long timerId = ctx.setTimer(timeoutNanos, new Timeout(msgId));
        waiting.put(msgId, new Waiting(onReply, onTimeout, timerId));
    }

    void onReply(Context ctx, Message reply) {
        Waiting w = waiting.remove(ctx.inReplyTo());
        if (w != null) {
            ctx.cancelTimer(w.timerId());
            w.onReply().accept(ctx, reply);
        }
    }

    void onTimeout(Context ctx, Timeout timeout) {
        Waiting w = waiting.remove(timeout.msgId());
        if (w != null) {
            w.onTimeout().accept(ctx);
        }
    }
}
