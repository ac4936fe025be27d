package io.faultline.sim;

import java.util.Arrays;

/**
 * The state of every directed link. A link nobody has touched shares one of two read-only default states
 * (node↔node or with a client at either end); the first change gives it its own state, in a row per sender.
 * Reading is an array load or two per message, and a cluster of n nodes costs O(n) memory, not O(n²), so that
 * a 10,000-node Chord ring fits (docs/chord-experiments.md).
 */
final class LinkTable {

    private final LinkState nodeDefault;
    private final LinkState clientDefault;
    private LinkState[][] changed = new LinkState[0][];
    private boolean[] isClient = new boolean[0];
    private int size;

    LinkTable(SimConfig config) {
        this.nodeDefault = new LinkState(config.nodeLatency(), config.lossProbability(), config.duplicateProbability());
        this.clientDefault = new LinkState(config.clientLatency(), config.lossProbability(),
                config.duplicateProbability());
    }

    /** Adds endpoint {@code index} (the next one); its links start in the default state. */
    void add(int index, boolean client) {
        if (index != size) {
            throw new IllegalArgumentException("endpoint " + index + " added out of order; next is " + size);
        }
        if (size == isClient.length) {
            int capacity = Math.max(8, size * 2);
            isClient = Arrays.copyOf(isClient, capacity);
            changed = Arrays.copyOf(changed, capacity);
        }
        isClient[index] = client;
        size++;
    }

    /** Whether endpoint {@code index} is a client rather than a node. */
    boolean isClient(int index) {
        return isClient[index];
    }

    /** The current state of link {@code from → to}, for reading only: it may be shared with other links. */
    LinkState get(int from, int to) {
        LinkState[] row = changed[from];
        LinkState own = row == null || to >= row.length ? null : row[to];
        return own != null ? own : defaultState(from, to);
    }

    /** The link's own state, created on first use, for a nemesis to change. */
    LinkState mutable(int from, int to) {
        LinkState[] row = changed[from];
        if (row == null || to >= row.length) {
            row = changed[from] = row == null ? new LinkState[size] : Arrays.copyOf(row, size);
        }
        if (row[to] == null) {
            LinkState shared = defaultState(from, to);
            row[to] = new LinkState(shared.latency, shared.lossProbability, shared.duplicateProbability);
        }
        return row[to];
    }

    /** Every link back to the configured latency, loss and duplication; cuts stay. */
    void resetBehaviour() {
        for (int from = 0; from < size; from++) {
            LinkState[] row = changed[from];
            for (int to = 0; row != null && to < row.length; to++) {
                if (row[to] != null) {
                    LinkState shared = defaultState(from, to);
                    row[to].reset(shared.latency, shared.lossProbability, shared.duplicateProbability);
                }
            }
        }
    }

    int size() {
        return size;
    }

    private LinkState defaultState(int from, int to) {
        return isClient[from] || isClient[to] ? clientDefault : nodeDefault;
    }
}
