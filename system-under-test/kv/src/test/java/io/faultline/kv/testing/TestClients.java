package io.faultline.kv.testing;

import io.faultline.node.Envelope;
import io.faultline.node.Message;
import java.util.HashMap;
import java.util.Map;

/** Clients of a {@link TestCluster}: each request gets its own client id, so replies never mix. */
public final class TestClients {

    /** One request and, once it arrives, its reply. */
    public static final class Call {
        private final String node;
        private final Message request;
        private Message reply;

        Call(String node, Message request) {
            this.node = node;
            this.request = request;
        }

        public boolean answered() {
            return reply != null;
        }

        public Message reply() {
            return reply;
        }

        public String node() {
            return node;
        }

        public Message request() {
            return request;
        }

        @Override
        public String toString() {
            return request + " @" + node + " -> " + reply;
        }
    }

    private final TestCluster cluster;
    private final Map<String, Call> callsByClient = new HashMap<>();
    private int nextClient = 1;

    TestClients(TestCluster cluster) {
        this.cluster = cluster;
    }

    /** Sends {@code request} to {@code node} from a fresh client. */
    public Call send(String node, Message request) {
        String client = "c" + nextClient++;
        Call call = new Call(node, request);
        callsByClient.put(client, call);
        cluster.sendFromClient(client, node, 1, request);
        return call;
    }

    void receive(Envelope envelope) {
        Call call = callsByClient.get(envelope.dest());
        if (call != null && call.reply == null && envelope.inReplyTo() == 1) {
            call.reply = envelope.body();
        }
    }
}
