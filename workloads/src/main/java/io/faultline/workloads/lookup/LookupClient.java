package io.faultline.workloads.lookup;

import io.faultline.histories.Op;
import io.faultline.workloads.client.Client;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Completions;
import io.faultline.workloads.client.Response;
import io.faultline.workloads.client.UntypedBody;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code lookup}: one {@code lookup {key}} request; ok with {@code {owner, hops}}. {@code ring-state}: asks the
 * worker's node for {@code ring_state}, which names every configured node, then asks each of the others in turn;
 * ok with {@code {nodes, states}}, where {@code states} maps each node to {@code {joined, predecessor,
 * successors}}, or to nothing when it did not answer. Errors map as for lin-kv ({@link Completions}).
 *
 * <p>These messages are Chord's, defined in its family module, so they travel as {@link UntypedBody}s, which the
 * runner translates to and from the system's records.
 */
final class LookupClient implements Client {

    static final String LOOKUP = "lookup";
    static final String RING_STATE = "ring-state";

    private final long timeoutNanos;

    LookupClient(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public void invoke(Op invocation, String node, ClientTransport transport, Consumer<Op> onComplete) {
        switch (invocation.f()) {
            case LOOKUP -> transport.request(node, lookup(invocation.key()), timeoutNanos,
                    response -> onComplete.accept(complete(invocation, node, response, "lookup_ok",
                            body -> ordered("owner", body.get("owner"), "hops", body.get("hops")))));
            case RING_STATE -> transport.request(node, ringState(), timeoutNanos, response -> {
                UntypedBody state = ringStateOk(response);
                if (state != null) {
                    new Sweep(invocation, node, transport, onComplete, state).next();
                } else {
                    onComplete.accept(complete(invocation, node, response, "ring_state_ok", b -> null));
                }
            });
            default -> throw new IllegalArgumentException("the lookup workload has lookup and ring-state, not "
                    + invocation.f());
        }
    }

    private static UntypedBody lookup(Object key) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", key);
        return new UntypedBody("lookup", fields);
    }

    private static UntypedBody ringState() {
        return new UntypedBody("ring_state", Map.of());
    }

    /** The {@code ring_state_ok} body of {@code response}, or null if it is anything else. */
    private static UntypedBody ringStateOk(Response response) {
        return response instanceof Response.Reply r && r.body() instanceof UntypedBody body
                && "ring_state_ok".equals(body.type()) ? body : null;
    }

    /** {@link Completions#fromResponse} for a reply known only by its {@code type}. */
    private static Op complete(Op invocation, String node, Response response, String okType,
                               Function<UntypedBody, Object> okValue) {
        if (response instanceof Response.Reply r && r.body() instanceof UntypedBody body
                && okType.equals(body.type())) {
            return Completions.ok(invocation, node, okValue.apply(body));
        }
        return Completions.notOk(invocation, node, response);
    }

    /** One ring-state op: asks every configured node in turn, one at a time. */
    private final class Sweep {
        private final Op invocation;
        private final String node;
        private final ClientTransport transport;
        private final Consumer<Op> onComplete;
        private final List<String> nodes = new ArrayList<>();
        private final Map<String, Object> states = new LinkedHashMap<>();
        private int asked;

        Sweep(Op invocation, String node, ClientTransport transport, Consumer<Op> onComplete, UntypedBody first) {
            this.invocation = invocation;
            this.node = node;
            this.transport = transport;
            this.onComplete = onComplete;
            for (Object n : (List<?>) first.get("nodes")) {
                nodes.add(String.valueOf(n));
                states.put(String.valueOf(n), null);
            }
            states.put(node, stateOf(first));
        }

        void next() {
            while (asked < nodes.size() && nodes.get(asked).equals(node)) {
                asked++;
            }
            if (asked == nodes.size()) {
                onComplete.accept(Completions.ok(invocation, node, ordered("nodes", nodes, "states", states)));
                return;
            }
            String other = nodes.get(asked++);
            transport.request(other, ringState(), timeoutNanos, response -> {
                UntypedBody state = ringStateOk(response);
                if (state != null) {
                    states.put(other, stateOf(state));
                }
                next();
            });
        }
    }

    /** A two-entry map in a fixed order: the history must be the same bytes for the same seed. */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static Map<String, Object> stateOf(UntypedBody body) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("joined", body.get("joined"));
        state.put("predecessor", body.get("predecessor"));
        state.put("successors", body.get("successors"));
        return state;
    }
}
