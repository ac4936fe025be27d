package io.faultline.workloads;

import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An in-memory lin-kv store behind the transport interface, for workload tests: it applies each request
 * atomically when it is sent, so a correct instance is linearizable. Bugs can be switched on to make sure
 * the checkers notice them.
 */
public final class FakeLinKv implements ClientTransport {
    private final Map<Object, Object> data = new HashMap<>();
    private final Map<Object, Object> previous = new HashMap<>();
    private int staleReadEvery;
    private int lostWriteEvery;
    private int timeoutEvery;
    private long requests;

    /** Every n-th read returns the key's value before its latest write. */
    public FakeLinKv staleReadEvery(int n) {
        staleReadEvery = n;
        return this;
    }

    /** Every n-th write or successful cas is acknowledged but not applied. */
    public FakeLinKv lostWriteEvery(int n) {
        lostWriteEvery = n;
        return this;
    }

    /** Every n-th request is applied but its reply is lost. */
    public FakeLinKv timeoutEvery(int n) {
        timeoutEvery = n;
        return this;
    }

    @Override
    public void request(String node, Map<String, Object> body, long timeoutNanos, Consumer<Reply> onReply) {
        requests++;
        Map<String, Object> reply = apply(body);
        onReply.accept(every(timeoutEvery) ? new Reply.TimedOut() : new Reply.Received(reply));
    }

    private Map<String, Object> apply(Map<String, Object> body) {
        Object key = body.get("key");
        return switch ((String) body.get("type")) {
            case "read" -> read(key);
            case "write" -> {
                store(key, body.get("value"));
                yield Map.of("type", "write_ok");
            }
            case "cas" -> cas(key, body);
            default -> error(10);
        };
    }

    private Map<String, Object> read(Object key) {
        Map<Object, Object> source = every(staleReadEvery) && previous.containsKey(key) ? previous : data;
        if (!source.containsKey(key)) {
            return error(20);
        }
        Map<String, Object> reply = new HashMap<>();
        reply.put("type", "read_ok");
        reply.put("value", source.get(key));
        return reply;
    }

    private Map<String, Object> cas(Object key, Map<String, Object> body) {
        if (!data.containsKey(key) && !Boolean.TRUE.equals(body.get("create_if_not_exists"))) {
            return error(20);
        }
        Object current = data.containsKey(key) ? data.get(key) : body.get("from");
        if (!Objects.equals(current, body.get("from"))) {
            return error(22);
        }
        store(key, body.get("to"));
        return Map.of("type", "cas_ok");
    }

    private void store(Object key, Object value) {
        if (every(lostWriteEvery)) {
            return;
        }
        if (data.containsKey(key)) {
            previous.put(key, data.get(key));
        }
        data.put(key, value instanceof List<?> list ? List.copyOf(list) : value);
    }

    private boolean every(int n) {
        return n > 0 && requests % n == 0;
    }

    private static Map<String, Object> error(int code) {
        return Map.of("type", "error", "code", code, "text", "fake");
    }
}
