package io.faultline.kv.common;

import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import java.util.HashMap;
import java.util.Map;

/**
 * Forwards client requests to another node (a Raft leader, a primary) and relays its answer back.
 *
 * <p>The forwarded message is the client's own lin-kv body; the serving node answers it like any
 * client, and its reply comes back with {@code in_reply_to} set to the forward's {@code msg_id}, which
 * is how the proxy finds the waiting client. When no answer comes within the timeout the client gets
 * 0 (timeout), an indefinite error: the serving node may have applied the request.
 *
 * <p>Volatile: a crash forgets the waiting clients, whose own timeouts then report the outcome unknown.
 */
public final class Proxy {

    /** The tag of the timer that gives up on one forwarded request. */
    public record Timeout(long forwardId) {
    }

    private record Waiting(ReplyTo client, long timerId) {
    }

    private final long timeoutNanos;
    private final Map<Long, Waiting> waitingByForwardId = new HashMap<>();

    public Proxy(long timeoutNanos) {
        this.timeoutNanos = timeoutNanos;
    }

    /** How a node serves one client request once {@link #route} has parsed it. */
    public interface RequestHandler {
        void onRequest(Context ctx, String from, Message request, KvCommand command);
    }

    /**
     * Routes a message that is not the protocol's own: a reply to a request this node forwarded is relayed to
     * its client, a lin-kv request goes to {@code handler}, and anything else is logged and dropped.
     */
    public void route(Context ctx, String from, Message message, RequestHandler handler) {
        if (LinKvCommands.isReply(message)) {
            relay(ctx, message);
            return;
        }
        LinKvCommands.commandOf(message).ifPresentOrElse(
                command -> handler.onRequest(ctx, from, message, command),
                () -> ctx.log("ignoring unexpected " + message.getClass().getSimpleName() + " from " + from));
    }

    /** Sends {@code request} to {@code to} on behalf of {@code client}. */
    public void forward(Context ctx, String to, Message request, ReplyTo client) {
        long forwardId = ctx.send(to, request);
        long timerId = ctx.setTimer(timeoutNanos, new Timeout(forwardId));
        waitingByForwardId.put(forwardId, new Waiting(client, timerId));
    }

    /**
     * Relays the reply being handled to the client that waits for it.
     *
     * @return false when no client waits for it (not a reply to a forward, or a late duplicate)
     */
    public boolean relay(Context ctx, Message reply) {
        Waiting waiting = waitingByForwardId.remove(ctx.inReplyTo());
        if (waiting == null) {
            return false;
        }
        ctx.cancelTimer(waiting.timerId());
        ctx.reply(waiting.client(), reply);
        return true;
    }

    /** Gives up on a forward that got no answer in time. */
    public void onTimeout(Context ctx, Timeout timeout) {
        Waiting waiting = waitingByForwardId.remove(timeout.forwardId());
        if (waiting != null) {
            ctx.reply(waiting.client(), ErrorReply.of(ErrorCode.TIMEOUT,
                    "no answer from the node the request was forwarded to; it may have taken effect"));
        }
    }

    public int waitingCount() {
        return waitingByForwardId.size();
    }
}
