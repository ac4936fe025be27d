package io.faultline.kv.quorum;

import io.faultline.node.Message;
import io.faultline.node.MessageRegistry;

/** The node-to-node messages of the Dynamo-style store. {@code op} names the coordinator's request. */
public final class QuorumMessages {

    private QuorumMessages() {
    }

    /**
     * Store this version of a key (keeping the newer of it and what is stored). With {@code hintFor}
     * set, the receiver is a fallback and keeps it as a hint for that node (Dynamo §4.6).
     */
    public record Put(long op, Object key, Versioned version, String hintFor) implements Message {
    }

    /** The version is on stable storage (as a replica or as a hint). */
    public record PutAck(long op) implements Message {
    }

    /** Send me your version of the key. */
    public record Get(long op, Object key) implements Message {
    }

    /** A replica's version of the key; {@code version} is null when it has none. */
    public record GetReply(long op, Versioned version) implements Message {
    }

    /** A hinted version handed back to the node it was meant for (§4.6). */
    public record Handoff(Object key, Versioned version) implements Message {
    }

    /** The intended node stored the handed-off version: the hint can go. */
    public record HandoffAck(Object key, Versioned version) implements Message {
    }

    public static MessageRegistry register(MessageRegistry registry) {
        return registry.register("quorum_put", Put.class)
                .register("quorum_put_ack", PutAck.class)
                .register("quorum_get", Get.class)
                .register("quorum_get_reply", GetReply.class)
                .register("quorum_handoff", Handoff.class)
                .register("quorum_handoff_ack", HandoffAck.class);
    }
}
