package io.faultline.workloads.generator;

import java.util.List;

/**
 * An operation a generator wants done, before it is given a process and a time: Jepsen's op map
 * {@code {:f :read}} as a generator would write it.
 *
 * @param f     the function: read, write, cas, add, … or a nemesis action
 * @param key   the key, or {@code null}
 * @param value the argument, or {@code null}
 */
public record OpSpec(String f, Object key, Object value) {

    public static OpSpec read(Object key) {
        return new OpSpec("read", key, null);
    }

    public static OpSpec write(Object key, Object value) {
        return new OpSpec("write", key, value);
    }

    /** A compare-and-set; its value is {@code [expected, new]}, as in the history. */
    public static OpSpec cas(Object key, Object expected, Object replacement) {
        return new OpSpec("cas", key, List.of(expected, replacement));
    }

    public OpSpec withKey(Object newKey) {
        return new OpSpec(f, newKey, value);
    }
}
