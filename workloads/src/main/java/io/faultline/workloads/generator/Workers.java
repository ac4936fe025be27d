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

    public Workers intersect(Workers other) {
        return new Workers(stream().filter(other::contains).toArray());
    }

    public Workers without(int worker) {
        return contains(worker) ? new Workers(stream().filter(w -> w != worker).toArray()) : this;
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
