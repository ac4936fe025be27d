package io.faultline.workloads.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A transport for tests: records each request and answers it at once with the next scripted reply. */
public final class ScriptedTransport implements ClientTransport {
    /** One request as sent. */
    public record Sent(String node, Map<String, Object> body, long timeoutNanos) {
    }

    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();

    public static ScriptedTransport replying(Reply... replies) {
        ScriptedTransport t = new ScriptedTransport();
        t.replies.addAll(List.of(replies));
        return t;
    }

    public static Reply body(Object... keysAndValues) {
        Map<String, Object> body = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Reply.Received(body);
    }

    public static Reply error(int code) {
        return body("type", "error", "code", code, "text", "scripted");
    }

    @Override
    public void request(String node, Map<String, Object> body, long timeoutNanos, Consumer<Reply> onReply) {
        sent.add(new Sent(node, Map.copyOf(body), timeoutNanos));
        if (replies.isEmpty()) {
            throw new AssertionError("no scripted reply left for " + body);
        }
        onReply.accept(replies.poll());
    }

    public List<Sent> sent() {
        return sent;
    }
}
