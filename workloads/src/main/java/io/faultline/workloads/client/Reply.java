package io.faultline.workloads.client;

import java.util.Map;

/** How a request ended, as the transport saw it. */
public sealed interface Reply {

    /** The node answered with this body (Maelstrom's {@code body}: {@code type}, and the rest). */
    record Received(Map<String, Object> body) implements Reply {
        public Received {
            body = Map.copyOf(body);
        }

        public String type() {
            return String.valueOf(body.get("type"));
        }
    }

    /** No answer within the timeout. The request may have been applied, now or later. */
    record TimedOut() implements Reply {
    }

    /**
     * The request certainly never reached the node (for example a TCP connection that was refused before
     * anything was written). A transport that cannot be certain must report {@link TimedOut} instead.
     */
    record NotSent(String reason) implements Reply {
    }
}
