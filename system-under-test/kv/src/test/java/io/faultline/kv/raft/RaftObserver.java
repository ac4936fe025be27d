package io.faultline.kv.raft;

import io.faultline.sim.SimCluster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples every running Raft node of a simulated cluster and records violations of the paper's
 * safety properties (Figure 3): Election Safety (one leader per term) and State Machine Safety (an
 * index committed anywhere holds the same entry everywhere, forever, crashes included).
 */
final class RaftObserver {

    private final SimCluster cluster;
    private final Map<Long, String> leaderByTerm = new HashMap<>();
    private final Map<Long, Entry> committedByIndex = new HashMap<>();
    private final List<String> violations = new ArrayList<>();

    RaftObserver(SimCluster cluster) {
        this.cluster = cluster;
    }

    /** Samples every {@code everyNanos} until {@code untilNanos}. */
    void start(long everyNanos, long untilNanos) {
        for (long at = cluster.loop().now(); at <= untilNanos; at += everyNanos) {
            cluster.loop().schedule(at, this::sample);
        }
    }

    List<String> violations() {
        return violations;
    }

    private void sample() {
        for (String id : cluster.nodes()) {
            cluster.nodeObject(id).ifPresent(node -> check(id, ((RaftNode) node).status()));
        }
    }

    private void check(String id, RaftStatus status) {
        if (status.isLeader()) {
            String other = leaderByTerm.putIfAbsent(status.term(), id);
            if (other != null && !other.equals(id)) {
                violations.add("Election Safety: " + other + " and " + id + " both lead term " + status.term());
            }
        }
        if (status.commitIndex() > status.log().size()) {
            violations.add("State Machine Safety: " + id + " truncated committed entries: commit index "
                    + status.commitIndex() + " but " + status.log().size() + " entries at " + cluster.loop().now());
        }
        for (int index = 1; index <= Math.min(status.commitIndex(), status.log().size()); index++) {
            Entry entry = status.log().get(index - 1);
            Entry before = committedByIndex.putIfAbsent((long) index, entry);
            if (before != null && !before.equals(entry)) {
                violations.add("State Machine Safety: index " + index + " committed as " + before
                        + " but " + id + " commits " + entry + " at " + cluster.loop().now());
            }
        }
    }
}
