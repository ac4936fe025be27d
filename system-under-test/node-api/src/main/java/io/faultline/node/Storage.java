package io.faultline.node;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A node's durable key→bytes map, with the semantics of a file system that has a page cache:
 * reads see every write at once, but a write is durable only once {@link #sync()} has returned. When the
 * node crashes, the runtime keeps the synced state and loses the rest (entirely, in the simulator: the
 * harshest legal outcome). Skipping a sync is therefore a real, testable bug, as in TigerBeetle's storage
 * fault model.
 *
 * <p>Keys iterate in ascending string order, so a node can keep a log under zero-padded keys
 * ({@code log/00000042}) and scan it back in order after a restart.
 */
public interface Storage {

    /** The latest value written under {@code key}, synced or not. */
    Optional<byte[]> get(String key);

    /** Writes {@code value} under {@code key} (the storage keeps a copy). Volatile until {@link #sync()}. */
    void put(String key, byte[] value);

    /** Removes {@code key}. Volatile until {@link #sync()}. */
    void delete(String key);

    /** The keys that start with {@code prefix}, in ascending order. */
    List<String> keys(String prefix);

    /** Makes every earlier write durable: a crash after this returns keeps them. */
    void sync();

    /** {@link #get} decoded as UTF-8. */
    default Optional<String> getString(String key) {
        return get(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** {@link #put} of {@code value} encoded as UTF-8. */
    default void putString(String key, String value) {
        put(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
