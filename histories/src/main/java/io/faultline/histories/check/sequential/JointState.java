package io.faultline.histories.check.sequential;

import java.util.Arrays;

/**
 * The state of every partition of a model at once: sequential consistency is not compositional (unlike
 * linearizability, Herlihy &amp; Wing §3.3), so its search must carry all keys together. Immutable; the hash is
 * kept incrementally because the search hashes a state on every memo probe and most steps change one part.
 */
final class JointState {
    private final Object[] parts;
    private final int hash;

    private JointState(Object[] parts, int hash) {
        this.parts = parts;
        this.hash = hash;
    }

    /** Every one of {@code partitions} parts in the model's initial state. */
    static JointState initial(Object init, int partitions) {
        Object[] parts = new Object[partitions];
        Arrays.fill(parts, init);
        int hash = 0;
        for (int i = 0; i < partitions; i++) {
            hash += contribution(i, init);
        }
        return new JointState(parts, hash);
    }

    Object part(int i) {
        return parts[i];
    }

    int size() {
        return parts.length;
    }

    /** This state with part {@code i} replaced; this very object when the part is unchanged. */
    JointState with(int i, Object state) {
        if (parts[i].equals(state)) {
            return this;
        }
        Object[] next = parts.clone();
        next[i] = state;
        return new JointState(next, hash - contribution(i, parts[i]) + contribution(i, state));
    }

    private static int contribution(int i, Object state) {
        // additive, so that one part can be swapped without rehashing the rest
        return (state.hashCode() * 0x9E3779B1) ^ (i * 0x85EBCA6B);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JointState other && hash == other.hash && Arrays.equals(parts, other.parts);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
