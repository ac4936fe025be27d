package io.faultline.kv.primarybackup;

import io.faultline.kv.common.KvCommand;
import io.faultline.node.Message;
import io.faultline.node.MessageRegistry;
import java.util.List;

/**
 * Node-to-node messages of primary-backup. Every message carries the sender's view: view {@code v}'s
 * primary is the {@code v mod n}-th node in id order, and a higher view fences a lower one.
 */
public final class PbMessages {

    private PbMessages() {
    }

    /** The primary's update number {@code seq}: apply {@code command} (a write or a successful cas). */
    public record Replicate(long view, long seq, KvCommand command) implements Message {
    }

    /** The backup applied every update up to {@code seq} (used by {@code sync=true}). */
    public record ReplicateAck(long view, long seq) implements Message {
    }

    /** The primary of {@code view} is alive and has applied updates up to {@code seq}. */
    public record Heartbeat(long view, long seq) implements Message {
    }

    /** A backup that is behind, or new to the view, asks for the primary's whole state. */
    public record StateRequest(long view) implements Message {
    }

    /** The primary's whole state: the backup replaces its own with it. */
    public record StateTransfer(long view, long seq, List<KeyValue> entries) implements Message {
        public StateTransfer {
            entries = List.copyOf(entries);
        }
    }

    /** A fence: the sender is in a newer view, so the receiver is no longer primary. */
    public record NewerView(long view) implements Message {
    }

    /** One key and its value; a list of these keeps non-string keys intact in JSON. */
    public record KeyValue(Object key, Object value) {
    }

    public static MessageRegistry register(MessageRegistry registry) {
        return registry.register("pb_replicate", Replicate.class)
                .register("pb_replicate_ack", ReplicateAck.class)
                .register("pb_heartbeat", Heartbeat.class)
                .register("pb_state_request", StateRequest.class)
                .register("pb_state_transfer", StateTransfer.class)
                .register("pb_newer_view", NewerView.class);
    }
}
