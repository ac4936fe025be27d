package io.faultline.histories.check.session;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A map whose current contents can be captured in O(1): a snapshot is shared until the next write, which then
 * copies. A session's writes capture what the session had read and written so far (for writes-follow-reads and
 * monotonic writes); between two captures the session usually changes one key, so copying is rare enough.
 */
final class SnapshotMap<K, V> {
    private Map<K, V> map = new HashMap<>();
    private Map<K, V> snapshot;

    V get(K key) {
        return map.get(key);
    }

    V getOrDefault(K key, V fallback) {
        return map.getOrDefault(key, fallback);
    }

    void put(K key, V value) {
        if (snapshot != null) {
            map = new HashMap<>(map);
            snapshot = null;
        }
        map.put(key, value);
    }

    /** The contents now, read-only; the same object until the next {@link #put}. */
    Map<K, V> snapshot() {
        if (snapshot == null) {
            snapshot = Collections.unmodifiableMap(map);
        }
        return snapshot;
    }
}
