package io.faultline.kv.common;

import java.util.Arrays;
import java.util.Collection;

/** Majority arithmetic shared by the protocols. */
public final class Quorums {

    private Quorums() {
    }

    /** The smallest number of nodes that is more than half of {@code clusterSize}. */
    public static int majority(int clusterSize) {
        return clusterSize / 2 + 1;
    }

    /**
     * The largest value that at least {@code quorum} of the given values reach: the
     * {@code quorum}-th largest. Raft uses it on matchIndex values to find the highest index stored
     * on a majority (§5.3), and on heartbeat rounds to find the latest round a majority answered (§8).
     *
     * @return the quorum-th largest value, or {@code Long.MIN_VALUE} when there are fewer values
     */
    public static long reachedByQuorum(Collection<Long> values, int quorum) {
        if (values.size() < quorum || quorum <= 0) {
            return Long.MIN_VALUE;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length - quorum];
    }
}
