package io.faultline.nemesis;

import io.faultline.runtime.Killable;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Crashes every node at once, as a power failure of the whole cluster would, and later restarts them all (Jepsen's
 * {@code kill} nemesis aimed at every node). Nothing in memory survives anywhere, so whatever a system acknowledged
 * without syncing it is gone: the fault that shows a missing fsync at once, where killing a minority would let
 * the survivors hand the lost state back.
 */
public final class KillAllNemesis extends NodeFaultNemesis<Killable> {

    public KillAllNemesis() {
        super(new Words("kill-all", "start-kill-all", "stop-kill-all", "nothing to restart"),
                "crashes every node at once (a power failure; unsynced state lost everywhere), later restarts them",
                Killable.class, Killable::kill, Killable::start);
    }

    /** Every node, and no draw from {@code random}. */
    @Override
    List<String> targets(List<String> nodes, RandomGenerator random) {
        return nodes;
    }

    /** In cluster order, as they were killed: the whole cluster comes back as it was first started. */
    @Override
    List<String> healOrder(List<String> nodes) {
        return List.copyOf(nodes);
    }
}
