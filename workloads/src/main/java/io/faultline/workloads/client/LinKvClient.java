package io.faultline.workloads.client;

import io.faultline.histories.Op;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ClientRequest;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A client for Maelstrom's lin-kv protocol: {@code read}, {@code write} and {@code cas} on a key, one request
 * per op, sent as node-api's records ({@link Read}, {@link Write}, {@link Cas}) and mapped by {@link Completions}.
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
        transport.request(node, request(invocation), timeoutNanos,
                response -> onComplete.accept(complete(invocation, node, response)));
    }

    /** The request for an invocation of read, write or cas. */
    public static ClientRequest request(Op invocation) {
        Object key = requireKey(invocation);
        return switch (invocation.f()) {
            case "read" -> new Read(key);
            case "write" -> new Write(key, invocation.value());
            case "cas" -> {
                List<?> pair = (List<?>) invocation.value();
                yield new Cas(key, pair.get(0), pair.get(1));
            }
            default -> throw new IllegalArgumentException("lin-kv has no operation " + invocation.f()
                    + "; it has read, write and cas");
        };
    }

    /** The completion of an invocation, given how its request ended. */
    public static Op complete(Op invocation, String node, Response response) {
        return switch (invocation.f()) {
            case "read" -> Completions.isError(response, ErrorCode.KEY_DOES_NOT_EXIST)
                    ? Completions.ok(invocation, node, null)
                    : Completions.fromResponse(invocation, node, response, ReadOk.class, ReadOk::value);
            case "write" -> Completions.fromResponse(invocation, node, response, WriteOk.class, ok -> invocation.value());
            case "cas" -> Completions.fromResponse(invocation, node, response, CasOk.class, ok -> invocation.value());
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
