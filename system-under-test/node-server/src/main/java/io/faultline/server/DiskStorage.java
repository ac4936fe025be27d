package io.faultline.server;

import io.faultline.node.Storage;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * {@link Storage} on disk: one append-only log file, {@code storage.log}, under the data directory.
 *
 * <p>Reads come from a sorted in-memory map that sees every write at once. Writes are also encoded into a
 * pending buffer that reaches the file only in {@link #sync()}, which appends it and calls
 * {@link FileChannel#force}; so an unsynced write is lost on {@code kill -9} (it was never written) and a synced
 * one survives. Each record is {@code [int length][int crc32c][payload]}; opening replays the log and truncates a
 * torn or corrupt tail (a crash in the middle of a sync loses only that sync's records, which were never
 * acknowledged as durable). When the log has grown well past the live data, a sync rewrites it as a snapshot:
 * temp file, force, atomic rename, directory force. A {@code lock} file held with an OS lock keeps a second
 * server off the same directory.
 */
public final class DiskStorage implements Storage, Closeable {

    static final String LOG_FILE = "storage.log";
    static final String LOCK_FILE = "lock";
    private static final byte PUT = 1;
    private static final byte DELETE = 2;
    private static final long COMPACT_MIN_BYTES = 4L << 20;

    private final Path dir;
    private final Path logFile;
    private final TreeMap<String, byte[]> current = new TreeMap<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private FileChannel channel;
    private FileChannel lockChannel;
    private long fileBytes;
    private long syncCount;

    private DiskStorage(Path dir) {
        this.dir = dir;
        this.logFile = dir.resolve(LOG_FILE);
    }

    /** Opens (creating if needed) the storage in {@code dir} and recovers what was synced there. */
    public static DiskStorage open(Path dir) throws IOException {
        Files.createDirectories(dir);
        DiskStorage storage = new DiskStorage(dir);
        storage.lock();
        try {
            storage.recover();
        } catch (IOException | RuntimeException e) {
            storage.lockChannel.close();
            throw e;
        }
        return storage;
    }

    /** One process per data directory: the OS drops the lock when the holder dies, even by kill -9. */
    private void lock() throws IOException {
        lockChannel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        boolean locked;
        try {
            locked = lockChannel.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            locked = false;
        }
        if (!locked) {
            lockChannel.close();
            throw new IOException("data directory " + dir + " is in use by another node server");
        }
    }

    private void recover() throws IOException {
        byte[] bytes = Files.exists(logFile) ? Files.readAllBytes(logFile) : new byte[0];
        ByteBuffer in = ByteBuffer.wrap(bytes);
        long good = 0;
        while (in.remaining() >= 8) {
            int length = in.getInt();
            int crc = in.getInt();
            if (length < 5 || length > in.remaining()) {
                break;
            }
            byte[] payload = new byte[length];
            in.get(payload);
            if (crc(payload) != crc || !apply(payload)) {
                break;
            }
            good = in.position();
        }
        channel = FileChannel.open(logFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (good < bytes.length) {
            channel.truncate(good);
            channel.force(true);
        }
        fileBytes = good;
        channel.position(good);
    }

    private boolean apply(byte[] payload) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        byte op = in.get();
        int keyLength = in.getInt();
        if (keyLength < 0 || keyLength > in.remaining()) {
            return false;
        }
        byte[] key = new byte[keyLength];
        in.get(key);
        String name = new String(key, StandardCharsets.UTF_8);
        if (op == DELETE) {
            current.remove(name);
            return true;
        }
        if (op != PUT || in.remaining() < 4) {
            return false;
        }
        int valueLength = in.getInt();
        if (valueLength != in.remaining()) {
            return false;
        }
        byte[] value = new byte[valueLength];
        in.get(value);
        current.put(name, value);
        return true;
    }

    @Override
    public Optional<byte[]> get(String key) {
        byte[] value = current.get(key);
        return value == null ? Optional.empty() : Optional.of(value.clone());
    }

    @Override
    public void put(String key, byte[] value) {
        current.put(key, value.clone());
        writeRecord(pending, PUT, key, value);
    }

    @Override
    public void delete(String key) {
        current.remove(key);
        writeRecord(pending, DELETE, key, null);
    }

    @Override
    public List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        for (String key : current.tailMap(prefix, true).keySet()) {
            if (!key.startsWith(prefix)) {
                break;
            }
            keys.add(key);
        }
        return keys;
    }

    @Override
    public void sync() {
        try {
            if (pending.size() > 0) {
                ByteBuffer out = ByteBuffer.wrap(pending.toByteArray());
                while (out.hasRemaining()) {
                    channel.write(out);
                }
                fileBytes += out.capacity();
                pending.reset();
            }
            channel.force(false);
            syncCount++;
            if (fileBytes > COMPACT_MIN_BYTES && fileBytes > 4 * liveBytes()) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sync of " + logFile + " failed", e);
        }
    }

    /** How many times {@link #sync()} ran. */
    public long syncCount() {
        return syncCount;
    }

    /** Closes the file. Writes since the last {@link #sync()} are dropped, as a crash would drop them. */
    @Override
    public void close() throws IOException {
        pending.reset();
        try {
            channel.close();
        } finally {
            lockChannel.close();
        }
    }

    /** Rewrites the log as one record per live key; called right after a sync, when memory equals disk. */
    private void compact() throws IOException {
        Path temp = dir.resolve(LOG_FILE + ".tmp");
        ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> entry : current.entrySet()) {
            writeRecord(snapshot, PUT, entry.getKey(), entry.getValue());
        }
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(snapshot.toByteArray());
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        channel.close();
        Files.move(temp, logFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
        channel = FileChannel.open(logFile, StandardOpenOption.WRITE);
        fileBytes = channel.size();
        channel.position(fileBytes);
    }

    private void forceDirectory() {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory; the rename is then as durable as the platform allows
        }
    }

    private long liveBytes() {
        long bytes = 0;
        for (Map.Entry<String, byte[]> entry : current.entrySet()) {
            bytes += 17 + entry.getKey().length() + entry.getValue().length;
        }
        return bytes;
    }

    private static void writeRecord(ByteArrayOutputStream out, byte op, String key, byte[] value) {
        try {
            ByteArrayOutputStream payloadBytes = new ByteArrayOutputStream();
            DataOutputStream payload = new DataOutputStream(payloadBytes);
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            payload.writeByte(op);
            payload.writeInt(keyBytes.length);
            payload.write(keyBytes);
            if (op == PUT) {
                payload.writeInt(value.length);
                payload.write(value);
            }
            byte[] bytes = payloadBytes.toByteArray();
            DataOutputStream record = new DataOutputStream(out);
            record.writeInt(bytes.length);
            record.writeInt(crc(bytes));
            record.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not throw
        }
    }

    private static int crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
