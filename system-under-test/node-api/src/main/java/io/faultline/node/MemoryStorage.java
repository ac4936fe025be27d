package io.faultline.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link Storage} in memory, with crash semantics: the runtime that owns it calls {@link #loseUnsynced()} when
 * the node crashes, which rolls the contents back to the last {@link #sync()}. The simulator uses one per node;
 * node tests can use it directly.
 *
 * <p>Writes since the last sync are kept apart from the synced map, so a sync costs the size of what changed,
 * not of everything stored (a Raft log syncs after every append). Sorted maps, never hash maps, so iteration
 * order is part of the deterministic state.
 */
public final class MemoryStorage implements Storage {

    /** Marks a key deleted since the last sync; compared by identity. */
    private static final byte[] DELETED = new byte[0];

    private final TreeMap<String, byte[]> synced = new TreeMap<>();
    private final TreeMap<String, byte[]> unsynced = new TreeMap<>();
    private long syncCount;

    @Override
    public Optional<byte[]> get(String key) {
        byte[] value = unsynced.containsKey(key) ? unsynced.get(key) : synced.get(key);
        return value == null || value == DELETED ? Optional.empty() : Optional.of(value.clone());
    }

    @Override
    public void put(String key, byte[] value) {
        unsynced.put(key, value.clone());
    }

    @Override
    public void delete(String key) {
        unsynced.put(key, DELETED);
    }

    @Override
    public List<String> keys(String prefix) {
        TreeSet<String> keys = new TreeSet<>(withPrefix(synced, prefix).keySet());
        for (Map.Entry<String, byte[]> change : withPrefix(unsynced, prefix).entrySet()) {
            if (change.getValue() == DELETED) {
                keys.remove(change.getKey());
            } else {
                keys.add(change.getKey());
            }
        }
        return new ArrayList<>(keys);
    }

    @Override
    public void sync() {
        for (Map.Entry<String, byte[]> change : unsynced.entrySet()) {
            if (change.getValue() == DELETED) {
                synced.remove(change.getKey());
            } else {
                synced.put(change.getKey(), change.getValue());
            }
        }
        unsynced.clear();
        syncCount++;
    }

    /** What a crash does: every write since the last {@link #sync()} is gone. */
    public void loseUnsynced() {
        unsynced.clear();
    }

    /** How many times the node synced; lets a runtime or a test charge for fsyncs. */
    public long syncCount() {
        return syncCount;
    }

    private static SortedMap<String, byte[]> withPrefix(TreeMap<String, byte[]> map, String prefix) {
        SortedMap<String, byte[]> matching = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : map.tailMap(prefix, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break; // sorted: the first key without the prefix ends the range
            }
            matching.put(entry.getKey(), entry.getValue());
        }
        return matching;
    }
}
