package io.faultline.kv.raft;

import java.util.Set;

/**
 * How a Raft node behaves: timing, the read path, and the bug switches it runs with.
 *
 * <p>Bug switches (each breaks one rule of the paper, on purpose, so the checkers can catch it):
 * <ul>
 *   <li>{@value #STALE_FOLLOWER_READS}: every node answers reads from its own state machine at once,
 *       without going through the leader: stale reads.</li>
 *   <li>{@value #NO_FSYNC}: persistent state is written but never synced (§5 "persistent state"):
 *       a crash loses votes and acknowledged entries.</li>
 *   <li>{@value #LEASE_READS_WITHOUT_CLOCK_CHECK}: the leader answers reads from its state machine as
 *       if it held a leader lease, but never checks the lease against its clock, so a deposed leader
 *       cut off in a minority keeps answering stale reads (§8, §9 of Ongaro's thesis on leases).</li>
 *   <li>{@value #COMMIT_PREVIOUS_TERM}: the leader counts replicas of entries from earlier terms toward
 *       commitment and commits no no-op of its own, breaking §5.4.2 (Figure 8).</li>
 * </ul>
 *
 * @param electionTimeoutNanos the base election timeout; each wait is drawn from [base, 2·base) (§5.2)
 * @param heartbeatNanos       how often a leader sends AppendEntries when idle (§5.2)
 * @param forwardTimeoutNanos  how long a follower waits for the leader to answer a forwarded request
 * @param maxEntriesPerAppend  the most entries one AppendEntries carries
 * @param readIndex            reads use ReadIndex (§8) instead of going through the log
 * @param bugs                 the bug switches that are on
 */
public record RaftConfig(long electionTimeoutNanos, long heartbeatNanos, long forwardTimeoutNanos,
                         int maxEntriesPerAppend, boolean readIndex, Set<String> bugs) {

    public static final String STALE_FOLLOWER_READS = "stale-follower-reads";
    public static final String NO_FSYNC = "no-fsync";
    public static final String LEASE_READS_WITHOUT_CLOCK_CHECK = "lease-reads-without-clock-check";
    public static final String COMMIT_PREVIOUS_TERM = "commit-previous-term";
    public static final Set<String> KNOWN_BUGS =
            Set.of(STALE_FOLLOWER_READS, NO_FSYNC, LEASE_READS_WITHOUT_CLOCK_CHECK, COMMIT_PREVIOUS_TERM);

    private static final long MILLIS = 1_000_000L;

    public RaftConfig {
        bugs = Set.copyOf(bugs);
        if (!KNOWN_BUGS.containsAll(bugs)) {
            throw new IllegalArgumentException("unknown raft bug switch in " + bugs + "; known: " + KNOWN_BUGS);
        }
        if (heartbeatNanos <= 0 || electionTimeoutNanos <= heartbeatNanos) {
            throw new IllegalArgumentException("need 0 < heartbeat < election timeout (§5.6)");
        }
    }

    /** Correct Raft, reads through the log, timings for a network with millisecond latencies. */
    public static RaftConfig defaults() {
        return new RaftConfig(150 * MILLIS, 50 * MILLIS, 1_000 * MILLIS, 64, false, Set.of());
    }

    public boolean has(String bug) {
        return bugs.contains(bug);
    }

    public RaftConfig withReadIndex(boolean on) {
        return new RaftConfig(electionTimeoutNanos, heartbeatNanos, forwardTimeoutNanos,
                maxEntriesPerAppend, on, bugs);
    }

    public RaftConfig withBugs(Set<String> on) {
        return new RaftConfig(electionTimeoutNanos, heartbeatNanos, forwardTimeoutNanos,
                maxEntriesPerAppend, readIndex, on);
    }
}
