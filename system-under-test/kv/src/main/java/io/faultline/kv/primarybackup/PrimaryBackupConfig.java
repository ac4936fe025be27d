package io.faultline.kv.primarybackup;

import java.util.Set;

/**
 * How a primary-backup node behaves.
 *
 * <p>The correct-as-designed system is asynchronous: the primary acknowledges a write before any
 * backup has it, so a failover loses the writes the new primary never received. That loss is the
 * design's known weakness, not a bug switch. Views fence deposed primaries. Option {@code sync=true}
 * makes the primary wait until every backup applied a write before acknowledging it.
 *
 * <p>Bug switches:
 * <ul>
 *   <li>{@value #NO_FENCING}: views are ignored: a deposed primary keeps serving and backups accept
 *       its updates, so two primaries write at once.</li>
 *   <li>{@value #BACKUP_READS}: backups answer reads from their own copy, which lags the primary.</li>
 * </ul>
 *
 * @param sync                 the primary acknowledges writes only after every backup applied them
 * @param heartbeatNanos       how often the primary tells the backups it is alive
 * @param failoverNanos        how long a backup waits without hearing the primary before a view change
 * @param requestTimeoutNanos  how long a write waits for backups (sync) or a forward for its answer
 */
public record PrimaryBackupConfig(boolean sync, long heartbeatNanos, long failoverNanos,
                                  long requestTimeoutNanos, Set<String> bugs) {

    public static final String NO_FENCING = "no-fencing";
    public static final String BACKUP_READS = "backup-reads";
    public static final Set<String> KNOWN_BUGS = Set.of(NO_FENCING, BACKUP_READS);

    private static final long MILLIS = 1_000_000L;

    public PrimaryBackupConfig {
        bugs = Set.copyOf(bugs);
        if (!KNOWN_BUGS.containsAll(bugs)) {
            throw new IllegalArgumentException("unknown primary-backup bug in " + bugs + "; known: " + KNOWN_BUGS);
        }
        if (failoverNanos <= heartbeatNanos) {
            throw new IllegalArgumentException("the failover timeout must exceed the heartbeat interval");
        }
    }

    public static PrimaryBackupConfig defaults() {
        return new PrimaryBackupConfig(false, 50 * MILLIS, 300 * MILLIS, 1_000 * MILLIS, Set.of());
    }

    public boolean has(String bug) {
        return bugs.contains(bug);
    }

    public boolean fencing() {
        return !has(NO_FENCING);
    }
}
