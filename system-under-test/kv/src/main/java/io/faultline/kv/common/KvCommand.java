package io.faultline.kv.common;

import java.util.Objects;

/**
 * One client operation on the key-value state machine, as plain data so that it can travel in
 * messages and sit in a replicated log or in storage.
 *
 * <p>A flat record (kind + fields) rather than a sealed hierarchy keeps the JSON encoding free of
 * type tags: {@code {"kind":"CAS","key":1,"value":3,"expected":2}}.
 *
 * @param kind     what to do
 * @param key      the key ({@code null} only for {@link Kind#NOOP})
 * @param value    the value to write, or the new value of a cas
 * @param expected the value a cas expects to find
 */
public record KvCommand(Kind kind, Object key, Object value, Object expected) {

    /** The operations of Maelstrom's lin-kv workload, plus the leader no-op of Raft §8. */
    public enum Kind { READ, WRITE, CAS, NOOP }

    public KvCommand {
        Objects.requireNonNull(kind, "kind");
    }

    public static KvCommand read(Object key) {
        return new KvCommand(Kind.READ, key, null, null);
    }

    public static KvCommand write(Object key, Object value) {
        return new KvCommand(Kind.WRITE, key, value, null);
    }

    public static KvCommand cas(Object key, Object expected, Object value) {
        return new KvCommand(Kind.CAS, key, value, expected);
    }

    public static KvCommand noop() {
        return new KvCommand(Kind.NOOP, null, null, null);
    }

    /** Whether applying this command can change the state machine. */
    public boolean mutates() {
        return kind == Kind.WRITE || kind == Kind.CAS;
    }
}
