package io.faultline.sim;

import java.util.Arrays;

/**
 * The state of every directed link, in a square array indexed by endpoint index: one array load per message
 * instead of a map lookup. Grows as clients join.
 */
final class LinkTable {

    private final SimConfig config;
    private LinkState[][] states = new LinkState[0][0];
    private boolean[] isClient = new boolean[0];

    LinkTable(SimConfig config) {
        this.config = config;
    }

    /** Adds endpoint {@code index} (the next one) and its links to and from every existing endpoint. */
    void add(int index, boolean client) {
        int size = index + 1;
        states = Arrays.copyOf(states, size);
        isClient = Arrays.copyOf(isClient, size);
        isClient[index] = client;
        for (int row = 0; row < size; row++) {
            states[row] = row == index ? new LinkState[size] : Arrays.copyOf(states[row], size);
        }
        for (int other = 0; other < size; other++) {
            states[index][other] = defaultState(index, other);
            states[other][index] = defaultState(other, index);
        }
    }

    /** Whether endpoint {@code index} is a client rather than a node. */
    boolean isClient(int index) {
        return isClient[index];
    }

    LinkState get(int from, int to) {
        return states[from][to];
    }

    /** Back to the configured latency, loss and duplication; cuts stay. */
    void resetBehaviour(int from, int to) {
        LinkState state = states[from][to];
        state.reset(defaultLatency(from, to), config.lossProbability(), config.duplicateProbability());
    }

    int size() {
        return states.length;
    }

    private LinkState defaultState(int from, int to) {
        return new LinkState(defaultLatency(from, to), config.lossProbability(), config.duplicateProbability());
    }

    private Latency defaultLatency(int from, int to) {
        return isClient[from] || isClient[to] ? config.clientLatency() : config.nodeLatency();
    }
}
