package io.faultline.workloads.client;

import io.faultline.node.Message;
import io.faultline.node.client.ErrorReply;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** A transport for tests: records each request and answers it at once with the next scripted response. */
public final class ScriptedTransport implements ClientTransport {
    /** One request as sent. */
    public record Sent(String node, Message body, long timeoutNanos) {
    }

    private final Deque<Response> responses = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();

    public static ScriptedTransport replying(Response... responses) {
        ScriptedTransport t = new ScriptedTransport();
        t.responses.addAll(List.of(responses));
        return t;
    }

    /** The node answered with {@code body}. */
    public static Response reply(Message body) {
        return new Response.Reply("n2", body);
    }

    public static Response error(int code) {
        return reply(new ErrorReply(code, "scripted"));
    }

    @Override
    public void request(String node, Message body, long timeoutNanos, Consumer<Response> onResponse) {
        sent.add(new Sent(node, body, timeoutNanos));
        if (responses.isEmpty()) {
            throw new AssertionError("no scripted response left for " + body);
        }
        onResponse.accept(responses.poll());
    }

    public List<Sent> sent() {
        return sent;
    }
}
