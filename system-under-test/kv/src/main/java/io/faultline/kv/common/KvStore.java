package io.faultline.kv.common;

import io.faultline.node.client.ErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The key-value state machine that Raft and primary-backup replicate: a map that applies
 * {@link KvCommand}s deterministically.
 *
 * <p>Contract: the same sequence of commands from the same starting map always gives the same
 * results and the same map (Raft §5.3: "each server applies the command to its state machine in
 * log order"). A read of a missing key fails with 20 (key-does-not-exist), a cas whose expected
 * value differs fails with 22 (precondition-failed), and a cas of a missing key fails with 20:
 * all three are definite, the command changed nothing. A cas with {@code createIfNotExists} on a
 * missing key creates it with the new value whatever it expected, as Maelstrom's lin-kv service does.
 */
public final class KvStore {

    private final Map<Object, Object> values = new HashMap<>();

    /** Applies one command and returns what the client should be told. */
    public KvResult apply(KvCommand command) {
        return switch (command.kind()) {
            case READ -> read(command.key());
            case WRITE -> write(command.key(), command.value());
            case CAS -> cas(command.key(), command.expected(), command.value(), command.createIfNotExists());
            case NOOP -> KvResult.ok(null);
        };
    }

    private KvResult read(Object key) {
        if (!values.containsKey(key)) {
            return KvResult.error(ErrorCode.KEY_DOES_NOT_EXIST, "key does not exist: " + key);
        }
        return KvResult.ok(values.get(key));
    }

    private KvResult write(Object key, Object value) {
        values.put(key, value);
        return KvResult.ok(null);
    }

    private KvResult cas(Object key, Object expected, Object value, boolean createIfNotExists) {
        if (!values.containsKey(key) && createIfNotExists) {
            return write(key, value);
        }
        if (!values.containsKey(key)) {
            return KvResult.error(ErrorCode.KEY_DOES_NOT_EXIST, "key does not exist: " + key);
        }
        Object current = values.get(key);
        if (!Objects.equals(current, expected)) {
            return KvResult.error(ErrorCode.PRECONDITION_FAILED,
                    "expected " + expected + " but found " + current);
        }
        values.put(key, value);
        return KvResult.ok(null);
    }

    public boolean contains(Object key) {
        return values.containsKey(key);
    }

    public Object get(Object key) {
        return values.get(key);
    }

    /** A copy of the whole map, for state transfer (primary-backup) and for tests. */
    public Map<Object, Object> snapshot() {
        return new HashMap<>(values);
    }

    /** Replaces the whole map, for state transfer. */
    public void restore(Map<?, ?> snapshot) {
        values.clear();
        values.putAll(snapshot);
    }
}
