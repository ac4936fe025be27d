package io.faultline.workloads;

import io.faultline.node.Message;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Response;
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
    public void request(String node, Message body, long timeoutNanos, Consumer<Response> onResponse) {
        requests++;
        Message reply = apply(body);
        onResponse.accept(every(timeoutEvery) ? new Response.TimedOut(node) : new Response.Reply(node, reply));
    }

    private Message apply(Message body) {
        return switch (body) {
            case Read read -> read(read.key());
            case Write write -> {
                store(write.key(), write.value());
                yield new WriteOk();
            }
            case Cas cas -> cas(cas);
            default -> error(10);
        };
    }

    private Message read(Object key) {
        Map<Object, Object> source = every(staleReadEvery) && previous.containsKey(key) ? previous : data;
        if (!source.containsKey(key)) {
            return error(20);
        }
        return new ReadOk(source.get(key));
    }

    private Message cas(Cas cas) {
        Object key = cas.key();
        if (!data.containsKey(key) && !cas.createIfNotExists()) {
            return error(20);
        }
        Object current = data.containsKey(key) ? data.get(key) : cas.from();
        if (!Objects.equals(current, cas.from())) {
            return error(22);
        }
        store(key, cas.to());
        return new CasOk();
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

    private static ErrorReply error(int code) {
        return new ErrorReply(code, "fake");
    }
}
