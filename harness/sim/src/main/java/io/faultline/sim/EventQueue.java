package io.faultline.sim;

import java.util.Arrays;

/**
 * The simulator's agenda: a binary min-heap of events keyed by (time, sequence number). The sequence number is
 * the order of scheduling, so events at the same instant fire in the order they were scheduled, never in an
 * order that depends on hashing or identity. Keys live in primitive arrays: no boxing, no comparator calls.
 */
final class EventQueue {

    private long[] times = new long[1024];
    private long[] seqs = new long[1024];
    private SimEvent[] events = new SimEvent[1024];
    private int size;
    private long nextSeq;

    void push(long time, SimEvent event) {
        if (size == times.length) {
            grow();
        }
        int hole = size++;
        long seq = nextSeq++;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (!before(time, seq, times[parent], seqs[parent])) {
                break;
            }
            move(parent, hole);
            hole = parent;
        }
        place(hole, time, seq, event);
    }

    /** Removes and returns the earliest event; call {@link #peekTime()} first to learn its time. */
    SimEvent pop() {
        SimEvent first = events[0];
        int last = --size;
        long time = times[last];
        long seq = seqs[last];
        SimEvent event = events[last];
        events[last] = null;
        if (last > 0) {
            siftDown(time, seq, event);
        }
        return first;
    }

    long peekTime() {
        return times[0];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    private void siftDown(long time, long seq, SimEvent event) {
        int hole = 0;
        int half = size >>> 1;
        while (hole < half) {
            int child = 2 * hole + 1;
            int right = child + 1;
            if (right < size && before(times[right], seqs[right], times[child], seqs[child])) {
                child = right;
            }
            if (!before(times[child], seqs[child], time, seq)) {
                break;
            }
            move(child, hole);
            hole = child;
        }
        place(hole, time, seq, event);
    }

    private static boolean before(long time, long seq, long otherTime, long otherSeq) {
        return time < otherTime || (time == otherTime && seq < otherSeq);
    }

    private void move(int from, int to) {
        place(to, times[from], seqs[from], events[from]);
    }

    private void place(int index, long time, long seq, SimEvent event) {
        times[index] = time;
        seqs[index] = seq;
        events[index] = event;
    }

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        seqs = Arrays.copyOf(seqs, capacity);
        events = Arrays.copyOf(events, capacity);
    }
}
