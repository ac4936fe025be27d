package io.faultline.kv.raft;

import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory Raft log, indexed from 1 (index 0 is the empty prefix, of term 0).
 *
 * <p>It only knows the log rules of the paper; {@link RaftPersistence} makes changes durable.
 */
public final class RaftLog {

    private final List<Entry> entries = new ArrayList<>();

    public long lastIndex() {
        return entries.size();
    }

    public long lastTerm() {
        return termAt(lastIndex());
    }

    /** The term of the entry at {@code index}; 0 for index 0; -1 when the log is shorter. */
    public long termAt(long index) {
        if (index == 0) {
            return 0;
        }
        if (index < 0 || index > lastIndex()) {
            return -1;
        }
        return entries.get((int) index - 1).term();
    }

    public Entry entryAt(long index) {
        return entries.get((int) index - 1);
    }

    /** Appends one entry and returns its index. */
    public long append(Entry entry) {
        entries.add(entry);
        return lastIndex();
    }

    /** The AppendEntries consistency check (§5.3): the log holds an entry at prevIndex of prevTerm. */
    public boolean matches(long prevIndex, long prevTerm) {
        return termAt(prevIndex) == prevTerm;
    }

    /**
     * Receiver steps 3 and 4 of AppendEntries (Figure 2): an existing entry that conflicts with a new
     * one (same index, different term) is deleted with all that follow it, then entries not already
     * in the log are appended. Entries that agree are kept, so a stale, reordered AppendEntries
     * never truncates entries a newer one delivered.
     *
     * @return the first index whose entry changed, or -1 when the log is unchanged
     */
    public long merge(long prevIndex, List<Entry> newEntries) {
        for (int i = 0; i < newEntries.size(); i++) {
            long index = prevIndex + 1 + i;
            if (termAt(index) == newEntries.get(i).term()) {
                continue;
            }
            truncateFrom(index);
            entries.addAll(newEntries.subList(i, newEntries.size()));
            return index;
        }
        return -1;
    }

    /** Deletes the entry at {@code index} and every entry after it. */
    public void truncateFrom(long index) {
        while (lastIndex() >= index) {
            entries.remove(entries.size() - 1);
        }
    }

    /** Up to {@code max} entries starting at {@code fromIndex}. */
    public List<Entry> slice(long fromIndex, int max) {
        int from = (int) Math.max(fromIndex - 1, 0);
        int to = (int) Math.min(entries.size(), (long) from + max);
        return from >= to ? List.of() : List.copyOf(entries.subList(from, to));
    }

    /**
     * The election restriction (§5.4.1): a candidate's log is at least as up-to-date as ours when its
     * last term is higher, or the last terms are equal and its log is at least as long.
     */
    public boolean candidateIsAtLeastAsUpToDate(long candidateLastIndex, long candidateLastTerm) {
        if (candidateLastTerm != lastTerm()) {
            return candidateLastTerm > lastTerm();
        }
        return candidateLastIndex >= lastIndex();
    }
}
