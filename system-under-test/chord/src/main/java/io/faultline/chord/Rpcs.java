package io.faultline.chord;

import io.faultline.node.Context;
import io.faultline.node.Message;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The node's outstanding requests: each waits for one reply (matched by {@code in_reply_to}) or for its timeout,
 * whichever comes first, and then runs exactly one of its two continuations.
 */
final class Rpcs {

    /** The timer tag of a request's timeout. */
    record Timeout(long msgId) { }

    private record Pending(BiConsumer<Context, Message> onReply, Consumer<Context> onTimeout, long timerId) { }

    private final Map<Long, Pending> pending = new HashMap<>();

    /** Sends {@code body} to {@code to}; calls {@code onReply} with its answer or {@code onTimeout} after the timeout. */
    void call(Context ctx, String to, Message body, long timeoutMs, BiConsumer<Context, Message> onReply,
              Consumer<Context> onTimeout) {
        long msgId = ctx.send(to, body);
        long timerId = ctx.setTimer(timeoutMs * 1_000_000L, new Timeout(msgId));
        pending.put(msgId, new Pending(onReply, onTimeout, timerId));
    }

    /** A reply arrived; a late or duplicate one (its request already answered or timed out) is dropped. */
    void onReply(Context ctx, Message reply) {
        Pending p = pending.remove(ctx.inReplyTo());
        if (p != null) {
            ctx.cancelTimer(p.timerId());
            p.onReply().accept(ctx, reply);
        }
    }

    void onTimeout(Context ctx, Timeout timeout) {
        Pending p = pending.remove(timeout.msgId());
        if (p != null) {
            p.onTimeout().accept(ctx);
        }
    }
}
