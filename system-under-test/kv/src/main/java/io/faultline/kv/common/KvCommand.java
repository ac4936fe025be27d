package io.faultline.kv.common;

import java.util.Objects;

/**
 * One client operation on the key-value state machine, as plain data so that it can travel in
 * messages and sit in a replicated log or in storage.
 *
 * <p>A flat record (kind + fields) rather than a sealed hierarchy keeps the JSON encoding free of
 * type tags: {@code {"kind":"CAS","key":1,"value":3,"expected":2,"createIfNotExists":false}}. Entries stored before
 * {@code createIfNotExists} existed read back as plain cas.
 *
 * @param kind              what to do
 * @param key               the key ({@code null} only for {@link Kind#NOOP})
 * @param value             the value to write, or the new value of a cas
 * @param expected          the value a cas expects to find
 * @param createIfNotExists for a cas: a missing key is created with {@code value} instead of failing with 20
 *                          (lin-kv's {@code create_if_not_exists})
 */
public record KvCommand(Kind kind, Object key, Object value, Object expected, boolean createIfNotExists) {

    /** The operations of Maelstrom's lin-kv workload, plus the leader no-op of Raft §8. */
    public enum Kind { READ, WRITE, CAS, NOOP }

    public KvCommand {
        Objects.requireNonNull(kind, "kind");
    }

    public static KvCommand read(Object key) {
        return new KvCommand(Kind.READ, key, null, null, false);
    }

    public static KvCommand write(Object key, Object value) {
        return new KvCommand(Kind.WRITE, key, value, null, false);
    }

    public static KvCommand cas(Object key, Object expected, Object value) {
        return cas(key, expected, value, false);
    }

    /** A cas that, with {@code createIfNotExists}, creates a missing key with {@code value}. */
    public static KvCommand cas(Object key, Object expected, Object value, boolean createIfNotExists) {
        return new KvCommand(Kind.CAS, key, value, expected, createIfNotExists);
    }

    public static KvCommand noop() {
        return new KvCommand(Kind.NOOP, null, null, null, false);
    }

    /** Whether applying this command can change the state machine. */
    public boolean mutates() {
        return kind == Kind.WRITE || kind == Kind.CAS;
    }
}
