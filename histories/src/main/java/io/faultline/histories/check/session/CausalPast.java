package io.faultline.histories.check.session;

import io.faultline.histories.Call;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes in the causal past of a point of a session (Lamport's happened-before over session order and
 * reads-from), per key and per writing session: a session's writes of a key are ordered by its session order, so
 * the past holds a prefix of them, named by the position of the last one in it. A vector clock per key, in effect.
 *
 * <p>Beside the prefixes, each key keeps its <em>frontier</em>: the writes of the past that are not in the past of
 * another write of the past of the same key. Every other write of the past is already ordered before one of them
 * (a write comes after the writes of its own past), so "every write in my past comes before me" needs edges from
 * the frontier only, which is usually a few writes however many sessions the past holds.
 *
 * <p>Snapshots are O(1): a write captures its session's past when it is invoked, and later readers of the write
 * merge that snapshot into their own. Maps are copied on the first change after a snapshot, one key at a time, so
 * a session that keeps touching one key copies little.
 */
final class CausalPast {
    /** Whether write {@code x} is in the causal past of write {@code y} (same key). */
    interface Dominance {
        boolean inPastOf(Call x, Call y);
    }

    private Map<Object, Prefixes> byKey = new HashMap<>();
    private boolean outerShared;
    private int generation;

    /** A key's prefixes and frontier, tagged with the generation that may change them in place. */
    private static final class Prefixes {
        final int generation;
        final Map<Long, Integer> lastBySession;
        final List<Call> frontier;

        Prefixes(int generation, Map<Long, Integer> lastBySession, List<Call> frontier) {
            this.generation = generation;
            this.lastBySession = lastBySession;
            this.frontier = frontier;
        }
    }

    /** A frozen copy of a past: what a write carries to its readers. */
    static final class Snapshot {
        private final Map<Object, Prefixes> byKey;

        private Snapshot(Map<Object, Prefixes> byKey) {
            this.byKey = byKey;
        }

        /** The position of {@code session}'s last write of {@code key} in this past, or null. */
        Integer lastOf(Object key, long session) {
            Prefixes p = byKey.get(key);
            return p == null ? null : p.lastBySession.get(session);
        }
    }

    /** Per writing session, the position (0-based) of its last write of {@code key} that is in this past. */
    Map<Long, Integer> prefixes(Object key) {
        Prefixes p = byKey.get(key);
        return p == null ? Map.of() : p.lastBySession;
    }

    /** The writes of {@code key} in this past that no other write of it in this past has in its own past. */
    List<Call> frontier(Object key) {
        Prefixes p = byKey.get(key);
        return p == null ? List.of() : p.frontier;
    }

    /** Adds {@code write}, its session's write of {@code key} at position {@code last}, and those before it. */
    void add(Object key, Call write, int last, Dominance dominance) {
        Prefixes p = byKey.get(key);
        Integer known = p == null ? null : p.lastBySession.get(write.process());
        if (known != null && known >= last) {
            return; // already in this past, and so already covered by the frontier
        }
        Prefixes w = writable(key);
        w.lastBySession.put(write.process(), last);
        for (Call f : w.frontier) {
            if (dominance.inPastOf(write, f)) {
                return;
            }
        }
        w.frontier.removeIf(f -> dominance.inPastOf(f, write));
        w.frontier.add(write);
    }

    /** Merges another past into this one (the past of a write this session has just observed). */
    void merge(Snapshot other, Dominance dominance, java.util.function.ToIntFunction<Call> position) {
        for (Map.Entry<Object, Prefixes> e : other.byKey.entrySet()) {
            if (byKey.get(e.getKey()) == e.getValue()) {
                continue; // the very same prefixes: nothing to add
            }
            Prefixes theirs = e.getValue();
            for (Call f : theirs.frontier) {
                add(e.getKey(), f, position.applyAsInt(f), dominance);
            }
            theirs.lastBySession.forEach((s, last) -> raise(e.getKey(), s, last));
        }
    }

    /** Raises a session's prefix without touching the frontier: for writes already covered by it. */
    private void raise(Object key, long session, int last) {
        Prefixes p = byKey.get(key);
        Integer known = p == null ? null : p.lastBySession.get(session);
        if (known == null || known < last) {
            writable(key).lastBySession.put(session, last);
        }
    }

    /** The past as it is now, shared until this past next changes. */
    Snapshot snapshot() {
        outerShared = true;
        generation++;
        return new Snapshot(byKey);
    }

    /** How many (key, session) entries the past holds: its size, for the memory budget. */
    int entries() {
        int n = 0;
        for (Prefixes p : byKey.values()) {
            n += p.lastBySession.size();
        }
        return n;
    }

    private Prefixes writable(Object key) {
        if (outerShared) {
            byKey = new HashMap<>(byKey);
            outerShared = false;
        }
        Prefixes p = byKey.get(key);
        if (p == null || p.generation != generation) {
            p = p == null ? new Prefixes(generation, new HashMap<>(), new ArrayList<>())
                    : new Prefixes(generation, new HashMap<>(p.lastBySession), new ArrayList<>(p.frontier));
            byKey.put(key, p);
        }
        return p;
    }
}
