package io.faultline.workloads.set;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.workloads.client.Client;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Completions;
import io.faultline.workloads.client.ErrorCode;
import io.faultline.workloads.client.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A grow-only set kept in one lin-kv key as a list, so that any lin-kv system can be tested with it (as
 * Jepsen's etcd set test does): {@code read} reads the key; {@code add(e)} reads the list and swaps in the list
 * with {@code e} appended by {@code cas}, retrying when another add got in first (error 22).
 *
 * <p>Mapping: a missing key is the empty set (read ok {@code []}; the first add creates the key with Maelstrom's
 * {@code create_if_not_exists}). An add whose read step fails in any way, even by timeout, completes {@code fail}
 * ({@code read-<reason>}): nothing was written, because every earlier cas of that add failed definitely. An add
 * whose cas step ends indefinitely completes {@code info}. An add that loses the race
 * {@code maxAttempts} times completes {@code fail} {@code cas-contention}.
 */
public final class SetClient implements Client {
    private final Object key;
    private final long timeoutNanos;
    private final int maxAttempts;

    /**
     * @param key         the lin-kv key that holds the set
     * @param maxAttempts how many times an add may try its cas before giving up
     */
    public SetClient(Object key, Duration timeout, int maxAttempts) {
        this.key = key;
        this.timeoutNanos = timeout.toNanos();
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void invoke(Op invocation, String node, ClientTransport transport, Consumer<Op> onComplete) {
        switch (invocation.f()) {
            case "read" -> transport.request(node, readBody(), timeoutNanos,
                    reply -> onComplete.accept(completeRead(invocation, node, reply)));
            case "add" -> new Add(invocation, node, transport, onComplete).attempt(1);
            default -> throw new IllegalArgumentException("the set workload has add and read, not "
                    + invocation.f());
        }
    }

    private Map<String, Object> readBody() {
        return Map.of("type", "read", "key", key);
    }

    static Op completeRead(Op invocation, String node, Reply reply) {
        if (Completions.errorCode(reply) == ErrorCode.KEY_DOES_NOT_EXIST.code()) {
            return Completions.ok(invocation, node, List.of());
        }
        return Completions.fromReply(invocation, node, reply, "read_ok", b -> b.get("value"));
    }

    /** One add: read, then cas, then maybe again. Lives as long as its requests. */
    private final class Add {
        private final Op invocation;
        private final String node;
        private final ClientTransport transport;
        private final Consumer<Op> onComplete;

        Add(Op invocation, String node, ClientTransport transport, Consumer<Op> onComplete) {
            this.invocation = invocation;
            this.node = node;
            this.transport = transport;
            this.onComplete = onComplete;
        }

        void attempt(int n) {
            transport.request(node, readBody(), timeoutNanos, reply -> afterRead(n, reply));
        }

        private void afterRead(int n, Reply reply) {
            Op read = completeRead(invocation, node, reply);
            if (read.type() != OpType.OK) {
                onComplete.accept(Completions.fail(invocation, node, "read-" + read.error()));
                return;
            }
            List<?> current = read.value() instanceof List<?> list ? list : List.of();
            if (current.contains(invocation.value())) {
                onComplete.accept(Completions.ok(invocation, node, invocation.value()));
                return;
            }
            Map<String, Object> cas = CasBodies.append(key, current, invocation.value(), reply);
            transport.request(node, cas, timeoutNanos, casReply -> afterCas(n, casReply));
        }

        private void afterCas(int n, Reply reply) {
            int code = Completions.errorCode(reply);
            boolean lostRace = code == ErrorCode.PRECONDITION_FAILED.code()
                    || code == ErrorCode.KEY_DOES_NOT_EXIST.code() || code == ErrorCode.KEY_ALREADY_EXISTS.code();
            if (lostRace && n < maxAttempts) {
                attempt(n + 1);
            } else if (lostRace) {
                onComplete.accept(Completions.fail(invocation, node, "cas-contention"));
            } else {
                onComplete.accept(Completions.fromReply(invocation, node, reply, "cas_ok", b -> invocation.value()));
            }
        }
    }
}
