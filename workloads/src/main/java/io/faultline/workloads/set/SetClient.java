package io.faultline.workloads.set;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.workloads.client.Client;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Completions;
import io.faultline.workloads.client.Response;
import java.time.Duration;
import java.util.List;
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
                    response -> onComplete.accept(completeRead(invocation, node, response)));
            case "add" -> new Add(invocation, node, transport, onComplete).attempt(1);
            default -> throw new IllegalArgumentException("the set workload has add and read, not "
                    + invocation.f());
        }
    }

    private Read readBody() {
        return new Read(key);
    }

    static Op completeRead(Op invocation, String node, Response response) {
        if (Completions.isError(response, ErrorCode.KEY_DOES_NOT_EXIST)) {
            return Completions.ok(invocation, node, List.of());
        }
        return Completions.fromResponse(invocation, node, response, ReadOk.class, ReadOk::value);
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
            transport.request(node, readBody(), timeoutNanos, response -> afterRead(n, response));
        }

        private void afterRead(int n, Response response) {
            Op read = completeRead(invocation, node, response);
            if (read.type() != OpType.OK) {
                onComplete.accept(Completions.fail(invocation, node, "read-" + read.error()));
                return;
            }
            List<?> current = read.value() instanceof List<?> list ? list : List.of();
            if (current.contains(invocation.value())) {
                onComplete.accept(Completions.ok(invocation, node, invocation.value()));
                return;
            }
            Cas cas = CasBodies.append(key, current, invocation.value(), response);
            transport.request(node, cas, timeoutNanos, casResponse -> afterCas(n, casResponse));
        }

        private void afterCas(int n, Response response) {
            boolean lostRace = Completions.isError(response, ErrorCode.PRECONDITION_FAILED)
                    || Completions.isError(response, ErrorCode.KEY_DOES_NOT_EXIST)
                    || Completions.isError(response, ErrorCode.KEY_ALREADY_EXISTS);
            if (lostRace && n < maxAttempts) {
                attempt(n + 1);
            } else if (lostRace) {
                onComplete.accept(Completions.fail(invocation, node, "cas-contention"));
            } else {
                onComplete.accept(Completions.fromResponse(invocation, node, response, CasOk.class,
                        ok -> invocation.value()));
            }
        }
    }
}
