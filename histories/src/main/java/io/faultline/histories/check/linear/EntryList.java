package io.faultline.histories.check.linear;

import io.faultline.histories.Call;
import java.util.Arrays;

/**
 * The history of one partition as Porcupine's doubly linked list of call and return entries, ordered by
 * history position, held in int arrays (dancing links: a lifted entry keeps its own links, so entries unlifted
 * in reverse order restore the list exactly).
 *
 * <p>Entry {@code i} is the call entry of call {@code i}, entry {@code n + i} its return entry. Calls with an
 * unknown outcome have no return (they may take effect at any later time, or never) and live in a second list,
 * so that the search can try every call with a known return before any crashed one.
 */
final class EntryList {
    static final int END = -1;

    private final int n;
    private final boolean[] known;
    private final long[] position;
    private final int[] next;
    private final int[] prev;
    private final int knownHead;
    private final int unknownHead;
    private final int unknownTail;

    /** Builds the lists for {@code calls}, which must all be calls the model must place. */
    EntryList(Call[] calls) {
        n = calls.length;
        known = new boolean[n];
        position = new long[2 * n];
        next = new int[2 * n + 3];
        prev = new int[2 * n + 3];
        knownHead = 2 * n;
        unknownHead = 2 * n + 1;
        unknownTail = 2 * n + 2;
        for (int i = 0; i < n; i++) {
            known[i] = calls[i].returnIndex() != Long.MAX_VALUE;
            position[i] = calls[i].invokeIndex();
            position[n + i] = calls[i].returnIndex();
        }
        link(knownHead, sortedEntries(true), END);
        link(unknownHead, sortedEntries(false), unknownTail);
    }

    /** Entries of known calls (call and return) or of unknown calls (call only), by history position. */
    private int[] sortedEntries(boolean ofKnown) {
        long[] keys = new long[2 * n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (known[i] == ofKnown) {
                keys[count++] = position[i] << 32 | i;
                if (ofKnown) {
                    keys[count++] = position[n + i] << 32 | (n + i);
                }
            }
        }
        Arrays.sort(keys, 0, count);
        int[] entries = new int[count];
        for (int k = 0; k < count; k++) {
            entries[k] = (int) keys[k];
        }
        return entries;
    }

    private void link(int head, int[] entries, int tail) {
        int last = head;
        for (int e : entries) {
            next[last] = e;
            prev[e] = last;
            last = e;
        }
        next[last] = tail;
        if (tail != END) {
            prev[tail] = last;
            next[tail] = END;
        }
    }

    int size() {
        return n;
    }

    boolean isKnown(int call) {
        return known[call];
    }

    boolean isReturn(int entry) {
        return entry >= n;
    }

    /** The call of a call or return entry. */
    int callOf(int entry) {
        return entry >= n ? entry - n : entry;
    }

    long position(int entry) {
        return position[entry];
    }

    int firstKnown() {
        return next[knownHead];
    }

    /**
     * The latest crashed call invoked before {@code position}, or {@link #END}. Crashed calls are tried newest
     * first: the one a stuck read needs is usually recent, while old crashed calls that never took effect pile
     * up at the front of the list.
     */
    private int lastUnknownBefore(long position) {
        int e = prev[unknownTail];
        while (e != unknownHead && this.position[e] > position) {
            e = prev[e];
        }
        return e == unknownHead ? END : e;
    }

    /** The pending crashed calls invoked before {@code position}, newest first. */
    int[] unknownBefore(long position) {
        int count = 0;
        for (int e = lastUnknownBefore(position); e != END; e = previousUnknown(e)) {
            count++;
        }
        int[] pending = new int[count];
        int i = 0;
        for (int e = lastUnknownBefore(position); e != END; e = previousUnknown(e)) {
            pending[i++] = e;
        }
        return pending;
    }

    /** The crashed call invoked just before this one, or {@link #END}. */
    private int previousUnknown(int entry) {
        int e = prev[entry];
        return e == unknownHead ? END : e;
    }

    int next(int entry) {
        return next[entry];
    }

    /** Removes a call (and its return entry) once the search has linearized it. */
    void lift(int call) {
        remove(call);
        if (known[call]) {
            remove(n + call);
        }
    }

    /** Puts back the most recently lifted call. */
    void unlift(int call) {
        if (known[call]) {
            restore(n + call);
        }
        restore(call);
    }

    private void remove(int e) {
        next[prev[e]] = next[e];
        if (next[e] != END) {
            prev[next[e]] = prev[e];
        }
    }

    private void restore(int e) {
        next[prev[e]] = e;
        if (next[e] != END) {
            prev[next[e]] = e;
        }
    }
}
