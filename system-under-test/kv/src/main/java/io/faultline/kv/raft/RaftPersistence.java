package io.faultline.kv.raft;

import io.faultline.kv.common.StoredJson;
import io.faultline.node.Storage;
import java.util.List;
import java.util.Locale;

/**
 * Raft's persistent state (Figure 2: currentTerm, votedFor, log[]) in a node's {@link Storage}.
 *
 * <p>Changes are written at once and made durable by {@link #syncIfDirty}, which the node calls at the
 * end of every handler: messages leave only after a handler returns, so the state is on stable storage
 * before any RPC answer or client acknowledgement that depends on it (§5, "updated on stable storage
 * before responding to RPCs"). The {@code no-fsync} bug skips the sync.
 */
final class RaftPersistence {

    private static final String TERM = "raft/term";
    private static final String VOTED_FOR = "raft/voted_for";
    private static final String LOG = "raft/log/";

    private final boolean fsync;
    private boolean dirty;
    /** The last index written to storage, so truncation deletes exactly the keys past the new end. */
    private long storedLastIndex;

    RaftPersistence(boolean fsync) {
        this.fsync = fsync;
    }

    void saveTermAndVote(Storage storage, long term, String votedFor) {
        storage.putString(TERM, Long.toString(term));
        if (votedFor == null) {
            storage.delete(VOTED_FOR);
        } else {
            storage.putString(VOTED_FOR, votedFor);
        }
        dirty = true;
    }

    /** Stores the log from {@code fromIndex} on, dropping stored entries the log no longer has. */
    void saveLogFrom(Storage storage, RaftLog log, long fromIndex) {
        for (long index = log.lastIndex() + 1; index <= storedLastIndex; index++) {
            storage.delete(keyOf(index));
        }
        for (long index = fromIndex; index <= log.lastIndex(); index++) {
            storage.put(keyOf(index), StoredJson.encode(log.entryAt(index)));
        }
        storedLastIndex = log.lastIndex();
        dirty = true;
    }

    void syncIfDirty(Storage storage) {
        if (dirty && fsync) {
            storage.sync();
        }
        dirty = false;
    }

    long loadTerm(Storage storage) {
        return storage.getString(TERM).map(Long::parseLong).orElse(0L);
    }

    String loadVotedFor(Storage storage) {
        return storage.getString(VOTED_FOR).orElse(null);
    }

    /** Rebuilds the log after a restart; keys sort in index order because they are zero-padded. */
    void loadLog(Storage storage, RaftLog log) {
        List<String> keys = storage.keys(LOG);
        for (String key : keys) {
            if (indexOf(key) != log.lastIndex() + 1) {
                throw new IllegalStateException("stored Raft log has a gap before " + key);
            }
            log.append(StoredJson.decode(storage.get(key).orElseThrow(), Entry.class));
        }
        storedLastIndex = log.lastIndex();
    }

    private static String keyOf(long index) {
        return LOG + String.format(Locale.ROOT, "%012d", index);
    }

    private static long indexOf(String key) {
        return Long.parseLong(key.substring(LOG.length()));
    }
}
