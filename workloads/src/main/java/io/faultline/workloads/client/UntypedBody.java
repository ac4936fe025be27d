package io.faultline.workloads.client;

import io.faultline.node.Message;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message body in a vocabulary the workloads have no records for, because it belongs to one system family
 * (Chord's {@code lookup} and {@code ring_state}, which live in that family's module): its Maelstrom {@code type}
 * and its other fields, snake_case, as plain data.
 *
 * <p>It never reaches a node: the runner translates it into the system's record before sending, and the reply to
 * it back into an {@code UntypedBody}. That is the only place where maps meet records
 * ({@code io.faultline.runner.MessageBodies}). The lin-kv vocabulary is typed end to end and never passes there.
 *
 * @param type   the body's {@code type}, for example {@code lookup_ok}
 * @param fields every other field of the body, without {@code type}, {@code msg_id} or {@code in_reply_to}
 */
public record UntypedBody(String type, Map<String, Object> fields) implements Message {

    public UntypedBody {
        // in the body's order, nulls kept: a node without a predecessor says so with null
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The field {@code name}, or {@code null} if the body has none. */
    public Object get(String name) {
        return fields.get(name);
    }
}
