package io.faultline.kv.quorum;

import java.util.Set;

/**
 * How a Dynamo-style node behaves: replication factor and quorums (Dynamo §4.5), timeouts, bugs.
 *
 * <p>Bug switches:
 * <ul>
 *   <li>{@value #W1}: a write is acknowledged after one replica stored it (W=1), whatever {@code w} says.</li>
 *   <li>{@value #R1}: a read answers after one replica replied (R=1), whatever {@code r} says.</li>
 *   <li>{@value #NO_READ_REPAIR}: a read never writes the newest version back to stale replicas (§4.5).</li>
 *   <li>{@value #NO_HINTED_HANDOFF}: a write never goes to a fallback node when a replica is silent (§4.6).</li>
 *   <li>{@value #WALL_CLOCK_LWW}: write timestamps come from the coordinator's clock, which may be
 *       skewed, instead of a Lamport clock: a later write can lose to an earlier one.</li>
 * </ul>
 *
 * @param n                   replicas per key: the preference list's length (§4.3)
 * @param r                   replies a read waits for
 * @param w                   acknowledgements a write waits for
 * @param hintAfterNanos      how long a write waits for a replica before writing a hint elsewhere (§4.6)
 * @param requestTimeoutNanos how long a coordinator waits for a quorum before giving up
 * @param handoffEveryNanos   how often a node tries to hand its hints back
 */
public record QuorumConfig(int n, int r, int w, long hintAfterNanos, long requestTimeoutNanos,
                           long handoffEveryNanos, Set<String> bugs) {

    public static final String W1 = "w=1";
    public static final String R1 = "r=1";
    public static final String NO_READ_REPAIR = "no-read-repair";
    public static final String NO_HINTED_HANDOFF = "no-hinted-handoff";
    public static final String WALL_CLOCK_LWW = "wall-clock-lww";
    public static final Set<String> KNOWN_BUGS = Set.of(W1, R1, NO_READ_REPAIR, NO_HINTED_HANDOFF, WALL_CLOCK_LWW);

    private static final long MILLIS = 1_000_000L;

    public QuorumConfig {
        bugs = Set.copyOf(bugs);
        if (!KNOWN_BUGS.containsAll(bugs)) {
            throw new IllegalArgumentException("unknown quorum bug switch in " + bugs + "; known: " + KNOWN_BUGS);
        }
        if (n < 1 || r < 1 || w < 1 || r > n || w > n) {
            throw new IllegalArgumentException("need 1 <= r, w <= n; got n=" + n + " r=" + r + " w=" + w);
        }
    }

    /** N=3, R=2, W=2, the configuration Dynamo's paper reports as common (§6). */
    public static QuorumConfig defaults() {
        return new QuorumConfig(3, 2, 2, 100 * MILLIS, 1_000 * MILLIS, 200 * MILLIS, Set.of());
    }

    public boolean has(String bug) {
        return bugs.contains(bug);
    }

    /** W as the node uses it: the bug switch overrides the option. */
    public int writeQuorum() {
        return has(W1) ? 1 : w;
    }

    /** R as the node uses it: the bug switch overrides the option. */
    public int readQuorum() {
        return has(R1) ? 1 : r;
    }
}
