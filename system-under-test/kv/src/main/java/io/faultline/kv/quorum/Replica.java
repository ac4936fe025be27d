package io.faultline.kv.quorum;

import io.faultline.kv.common.StoredJson;
import io.faultline.node.Storage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One node's durable share of the store: its replicas (newest version per key, last writer wins)
 * and the hints it keeps for unreachable nodes (Dynamo §4.6: "a separate local database").
 *
 * <p>Every change is written to storage at once; the node syncs before it acknowledges anything.
 */
final class Replica {

    /** A stored replica or hint: the key travels with the version so storage can be scanned back. */
    record Stored(Object key, Versioned version) {
    }

    /** A version kept for {@code target}, to hand back when it answers again. */
    record Hint(String target, Object key, Versioned version) {
    }

    private static final String DATA = "quorum/data/";
    private static final String HINTS = "quorum/hint/";

    private final Map<Object, Versioned> versions = new HashMap<>();
    private final Map<String, Hint> hintsByStorageKey = new HashMap<>();
    private boolean dirty;

    /** Reloads replicas and hints after a (re)start and moves the clock past every stored timestamp. */
    void recover(Storage storage, LamportClock clock) {
        for (String key : storage.keys(DATA)) {
            Stored stored = StoredJson.decode(storage.get(key).orElseThrow(), Stored.class);
            versions.put(stored.key(), stored.version());
            clock.observe(stored.version().timestamp());
        }
        for (String key : storage.keys(HINTS)) {
            Hint hint = StoredJson.decode(storage.get(key).orElseThrow(), Hint.class);
            hintsByStorageKey.put(key, hint);
            clock.observe(hint.version().timestamp());
        }
    }

    Versioned get(Object key) {
        return versions.get(key);
    }

    /** Keeps the newer of {@code version} and the stored one (last writer wins). */
    void put(Storage storage, Object key, Versioned version) {
        Versioned current = versions.get(key);
        Versioned newest = Versioned.newest(current, version);
        if (newest != current) {
            versions.put(key, newest);
            storage.put(DATA + keyString(key), StoredJson.encode(new Stored(key, newest)));
            dirty = true;
        }
    }

    /** Keeps a hint for {@code target}; of two hints for one key and target, the newer. */
    void putHint(Storage storage, String target, Object key, Versioned version) {
        String storageKey = HINTS + target + "/" + keyString(key);
        Hint current = hintsByStorageKey.get(storageKey);
        if (current == null || version.timestamp().isNewerThan(current.version().timestamp())) {
            Hint hint = new Hint(target, key, version);
            hintsByStorageKey.put(storageKey, hint);
            storage.put(storageKey, StoredJson.encode(hint));
            dirty = true;
        }
    }

    /** Drops the hint once its target stored this version (or a newer hint replaced it: then keep). */
    void handedOff(Storage storage, String target, Object key, Versioned version) {
        String storageKey = HINTS + target + "/" + keyString(key);
        Hint current = hintsByStorageKey.get(storageKey);
        if (current != null && !current.version().timestamp().isNewerThan(version.timestamp())) {
            hintsByStorageKey.remove(storageKey);
            storage.delete(storageKey);
            dirty = true;
        }
    }

    /** The hints still waiting, in storage-key order so handoff order is deterministic. */
    List<Hint> hints() {
        List<String> keys = new ArrayList<>(hintsByStorageKey.keySet());
        keys.sort(null);
        return keys.stream().map(hintsByStorageKey::get).toList();
    }

    void syncIfDirty(Storage storage) {
        if (dirty) {
            storage.sync();
            dirty = false;
        }
    }

    private static String keyString(Object key) {
        return new String(StoredJson.encode(key), StandardCharsets.UTF_8);
    }
}
