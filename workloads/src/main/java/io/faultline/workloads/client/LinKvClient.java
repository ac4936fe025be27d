package io.faultline.workloads.client;

import io.faultline.histories.Op;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A client for Maelstrom's lin-kv protocol: {@code read}, {@code write} and {@code cas} on a key, one request
 * per op, mapped by {@link Completions}.
 *
 * <p>Decision: a read answered with error 20 (key-does-not-exist) completes {@code ok} with value nil.
 * Maelstrom's own lin-kv client records it as a {@code fail}; but the read did happen and observed "no value",
 * and recording it lets the checker catch a node that reports a key missing after a write to it completed
 * (every model here starts keys at nil). A cas answered with 20 is a {@code fail}: it did not happen.
 */
public final class LinKvClient implements Client {
    private final long timeoutNanos;

    public LinKvClient(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public void invoke(Op invocation, String node, ClientTransport transport, Consumer<Op> onComplete) {
        Map<String, Object> body = request(invocation);
        transport.request(node, body, timeoutNanos, reply -> onComplete.accept(complete(invocation, node, reply)));
    }

    /** The request body for an invocation of read, write or cas. */
    public static Map<String, Object> request(Op invocation) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", invocation.f());
        body.put("key", requireKey(invocation));
        switch (invocation.f()) {
            case "read" -> { }
            case "write" -> body.put("value", invocation.value());
            case "cas" -> {
                List<?> pair = (List<?>) invocation.value();
                body.put("from", pair.get(0));
                body.put("to", pair.get(1));
            }
            default -> throw new IllegalArgumentException("lin-kv has no operation " + invocation.f()
                    + "; it has read, write and cas");
        }
        return body;
    }

    /** The completion of an invocation, given how its request ended. */
    public static Op complete(Op invocation, String node, Reply reply) {
        return switch (invocation.f()) {
            case "read" -> Completions.errorCode(reply) == ErrorCode.KEY_DOES_NOT_EXIST.code()
                    ? Completions.ok(invocation, node, null)
                    : Completions.fromReply(invocation, node, reply, "read_ok", b -> b.get("value"));
            case "write" -> Completions.fromReply(invocation, node, reply, "write_ok", b -> invocation.value());
            case "cas" -> Completions.fromReply(invocation, node, reply, "cas_ok", b -> invocation.value());
            default -> throw new IllegalArgumentException("lin-kv has no operation " + invocation.f());
        };
    }

    private static Object requireKey(Op invocation) {
        if (invocation.key() == null) {
            throw new IllegalArgumentException("a lin-kv " + invocation.f() + " needs a key: " + invocation);
        }
        return invocation.key();
    }
}
