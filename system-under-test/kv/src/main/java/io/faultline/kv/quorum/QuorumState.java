package io.faultline.kv.quorum;

import io.faultline.node.Context;
import java.util.ArrayList;
import java.util.List;

/** What every part of a quorum node shares: who it is, the ring, its config, replica and clock. */
final class QuorumState {

    final String self;
    final QuorumConfig config;
    final HashRing ring;
    final Replica replica = new Replica();
    final LamportClock clock = new LamportClock();

    QuorumState(String self, List<String> peers, QuorumConfig config) {
        this.self = self;
        this.config = config;
        List<String> all = new ArrayList<>(peers);
        all.add(self);
        this.ring = new HashRing(all);
    }

    /**
     * A timestamp for a new write coordinated here: the Lamport clock's next tick, or, under the
     * {@code wall-clock-lww} bug, this node's own (possibly skewed) clock reading.
     */
    Timestamp stamp(Context ctx) {
        if (config.has(QuorumConfig.WALL_CLOCK_LWW)) {
            return new Timestamp(ctx.now(), self);
        }
        return clock.stamp(self);
    }

    /** The key's replicas: the first N nodes clockwise on the ring (Dynamo §4.3). */
    List<String> preferenceList(Object key) {
        return ring.preferenceList(key, config.n());
    }

    /** The nodes after the preference list, in ring order: where hints go (§4.6). */
    List<String> fallbacks(Object key) {
        List<String> walk = ring.walkFrom(key);
        return walk.subList(Math.min(config.n(), walk.size()), walk.size());
    }
}
