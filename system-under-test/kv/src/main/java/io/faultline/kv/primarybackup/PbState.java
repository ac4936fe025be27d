package io.faultline.kv.primarybackup;

import io.faultline.kv.common.KvCommand;
import io.faultline.kv.common.KvResult;
import io.faultline.kv.common.KvStore;
import io.faultline.kv.common.StoredJson;
import io.faultline.kv.primarybackup.PbMessages.KeyValue;
import io.faultline.node.Storage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node's durable primary-backup state: its view, the number of the last update it applied, and
 * the key-value map. Changes are written at once and synced at the end of each handler, before any
 * acknowledgement leaves (the node's own copy survives its crash; what it never received does not).
 */
final class PbState {

    private static final String VIEW = "pb/view";
    private static final String SEQ = "pb/seq";
    private static final String DATA = "pb/data/";

    final KvStore store = new KvStore();
    private long view;
    private long seq;
    private boolean dirty;

    void recover(Storage storage) {
        view = storage.getString(VIEW).map(Long::parseLong).orElse(0L);
        seq = storage.getString(SEQ).map(Long::parseLong).orElse(0L);
        List<KeyValue> entries = new ArrayList<>();
        for (String key : storage.keys(DATA)) {
            entries.add(StoredJson.decode(storage.get(key).orElseThrow(), KeyValue.class));
        }
        store.restore(toMap(entries));
    }

    long view() {
        return view;
    }

    long seq() {
        return seq;
    }

    void setView(Storage storage, long newView) {
        view = newView;
        storage.putString(VIEW, Long.toString(view));
        dirty = true;
    }

    /**
     * Executes a client command on the primary. A command that changed the map becomes the next
     * update: the sequence number advances and the key's new value is stored.
     */
    KvResult execute(Storage storage, KvCommand command) {
        KvResult result = store.apply(command);
        if (command.mutates() && result.isOk()) {
            store(storage, seq + 1, command.key());
        }
        return result;
    }

    /** Applies the primary's update number {@code newSeq} on a backup. */
    void applyUpdate(Storage storage, long newSeq, KvCommand write) {
        store.apply(write);
        store(storage, Math.max(seq, newSeq), write.key());
    }

    private void store(Storage storage, long newSeq, Object key) {
        storage.put(DATA + keyString(key), StoredJson.encode(new KeyValue(key, store.get(key))));
        seq = newSeq;
        storage.putString(SEQ, Long.toString(seq));
        dirty = true;
    }

    /** Replaces everything with the primary's state (a state transfer). */
    void replace(Storage storage, long newSeq, List<KeyValue> entries) {
        for (String key : storage.keys(DATA)) {
            storage.delete(key);
        }
        store.restore(toMap(entries));
        for (KeyValue entry : entries) {
            storage.put(DATA + keyString(entry.key()), StoredJson.encode(entry));
        }
        seq = newSeq;
        storage.putString(SEQ, Long.toString(seq));
        dirty = true;
    }

    /** The whole map as transferable entries, in storage-key order so transfers are deterministic. */
    List<KeyValue> entries(Storage storage) {
        List<KeyValue> entries = new ArrayList<>();
        for (String key : storage.keys(DATA)) {
            entries.add(StoredJson.decode(storage.get(key).orElseThrow(), KeyValue.class));
        }
        return entries;
    }

    void syncIfDirty(Storage storage) {
        if (dirty) {
            storage.sync();
            dirty = false;
        }
    }

    private static Map<Object, Object> toMap(List<KeyValue> entries) {
        Map<Object, Object> map = new HashMap<>();
        entries.forEach(entry -> map.put(entry.key(), entry.value()));
        return map;
    }

    private static String keyString(Object key) {
        return new String(StoredJson.encode(key), StandardCharsets.UTF_8);
    }
}
