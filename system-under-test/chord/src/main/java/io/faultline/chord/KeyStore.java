package io.faultline.chord;

import io.faultline.chord.ChordMessages.Entry;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The keys a node holds, as owner or replica, each with a version. Every copy keeps the newer version, so
 * transfers and replica pushes are idempotent and commutative and may arrive in any order, any number of times.
 */
final class KeyStore {

    /** A value and its version: a per-key counter, ties broken by the writing node's name. */
    record Versioned(Object value, long counter, String writer) {
        boolean olderThan(long otherCounter, String otherWriter) {
            return counter < otherCounter || (counter == otherCounter && writer.compareTo(otherWriter) < 0);
        }
    }

    private final Map<Object, Versioned> store = new LinkedHashMap<>(); // insertion order: deterministic pushes

    Optional<Versioned> get(Object key) {
        return Optional.ofNullable(store.get(key));
    }

    /** Stores the next version of {@code key}, written by {@code writer}, and returns it. */
    Versioned putNext(Object key, Object value, String writer) {
        Versioned current = store.get(key);
        Versioned next = new Versioned(value, current == null ? 1 : current.counter() + 1, writer);
        store.put(key, next);
        return next;
    }

    /** Keeps {@code entry} unless we hold a newer version. */
    void merge(Entry entry) {
        Versioned current = store.get(entry.key());
        if (current == null || current.olderThan(entry.counter(), entry.writer())) {
            store.put(entry.key(), new Versioned(entry.value(), entry.counter(), entry.writer()));
        }
    }

    boolean isEmpty() {
        return store.isEmpty();
    }

    /** The entries whose key identifier satisfies {@code keyIdFilter}, in insertion order. */
    List<Entry> entries(Predicate<BigInteger> keyIdFilter) {
        List<Entry> result = new ArrayList<>();
        store.forEach((key, v) -> {
            if (keyIdFilter.test(ChordId.ofKey(key))) {
                result.add(entry(key, v));
            }
        });
        return result;
    }

    static Entry entry(Object key, Versioned v) {
        return new Entry(key, v.value(), v.counter(), v.writer());
    }
}
