package io.faultline.workloads.generator;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * An immutable, sorted set of worker ids. Client workers are {@code 0 … concurrency-1}; the nemesis is the
 * one special worker {@link #NEMESIS}. Sorted order makes every choice among workers deterministic.
 */
public final class Workers {
    /** The nemesis worker's id. Its process is always {@link io.faultline.histories.Op#NEMESIS}. */
    public static final int NEMESIS = -1;

    private static final Workers EMPTY = new Workers(new int[0]);

    private final int[] ids;

    private Workers(int[] sortedDistinct) {
        this.ids = sortedDistinct;
    }

    public static Workers of(int... ids) {
        return new Workers(IntStream.of(ids).sorted().distinct().toArray());
    }

    public static Workers empty() {
        return EMPTY;
    }

    /** A set from ids already sorted and distinct; the array is kept, so it must not change afterwards. */
    static Workers ofSorted(int[] sortedDistinct) {
        return new Workers(sortedDistinct);
    }

    /** The client workers {@code 0 … count-1}. */
    public static Workers clients(int count) {
        return new Workers(IntStream.range(0, count).toArray());
    }

    /** The client workers {@code 0 … count-1} and the nemesis. */
    public static Workers clientsAndNemesis(int count) {
        return new Workers(IntStream.range(NEMESIS, count).toArray());
    }

    public int size() {
        return ids.length;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    /** The {@code i}-th smallest id. */
    public int get(int i) {
        return ids[i];
    }

    public boolean contains(int worker) {
        return Arrays.binarySearch(ids, worker) >= 0;
    }

    public boolean containsAll(Workers other) {
        return other.stream().allMatch(this::contains);
    }

    /** The ids in both sets; {@code this} itself when nothing is removed (the common case, and cheap). */
    public Workers intersect(Workers other) {
        int common = countCommon(other, null);
        if (common == ids.length) {
            return this;
        }
        int[] out = new int[common];
        countCommon(other, out);
        return new Workers(out);
    }

    /** Counts the ids in both sets by merging the sorted arrays, writing them to {@code out} if given. */
    private int countCommon(Workers other, int[] out) {
        int n = 0;
        for (int i = 0, j = 0; i < ids.length && j < other.ids.length; ) {
            if (ids[i] < other.ids[j]) {
                i++;
            } else if (ids[i] > other.ids[j]) {
                j++;
            } else {
                if (out != null) {
                    out[n] = ids[i];
                }
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    public Workers without(int worker) {
        int at = Arrays.binarySearch(ids, worker);
        if (at < 0) {
            return this;
        }
        int[] out = new int[ids.length - 1];
        System.arraycopy(ids, 0, out, 0, at);
        System.arraycopy(ids, at + 1, out, at, ids.length - at - 1);
        return new Workers(out);
    }

    /** The ids from position {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public Workers slice(int from, int to) {
        return new Workers(Arrays.copyOfRange(ids, from, to));
    }

    public IntStream stream() {
        return IntStream.of(ids);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workers other && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return Arrays.toString(ids);
    }
}
