package io.faultline.kv.simtest;

import io.faultline.runtime.Grudge;
import io.faultline.sim.SimCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small seeded fault schedule for end-to-end tests: every period it heals what it did and starts a
 * new fault (a random partition, or a crash that restarts half a period later); it heals everything and
 * restarts every node at the end. The real nemeses live in the harness; this one only has to be
 * deterministic and mean.
 */
public final class SimNemesis {

    /** The faults to draw from. */
    public enum Fault { PARTITION, CRASH }

    private final SimCluster cluster;
    private final SplittableRandom random;
    private final List<Fault> faults;
    private final long periodNanos;

    public SimNemesis(SimCluster cluster, long seed, long periodNanos, Fault... faults) {
        this.cluster = cluster;
        this.random = new SplittableRandom(seed ^ 0x5eedL);
        this.faults = List.of(faults);
        this.periodNanos = periodNanos;
    }

    /** Schedules faults from now until {@code untilNanos}, then a full heal. */
    public void start(long untilNanos) {
        for (long at = cluster.loop().now() + periodNanos; at < untilNanos; at += periodNanos) {
            cluster.loop().schedule(at, this::strike);
        }
        cluster.loop().schedule(untilNanos, this::healAll);
    }

    private void strike() {
        cluster.net().heal();
        Fault fault = faults.get(random.nextInt(faults.size()));
        if (fault == Fault.PARTITION) {
            cluster.net().partition(randomPartition());
        } else {
            String victim = cluster.nodes().get(random.nextInt(cluster.nodes().size()));
            cluster.kill(victim);
            cluster.loop().schedule(cluster.loop().now() + periodNanos / 2, () -> cluster.start(victim));
        }
    }

    private Grudge randomPartition() {
        List<String> shuffled = new ArrayList<>(cluster.nodes());
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return switch (random.nextInt(3)) {
            case 0 -> Grudge.halves(shuffled);
            case 1 -> Grudge.isolate(shuffled.get(0), shuffled);
            default -> Grudge.majoritiesRing(shuffled);
        };
    }

    private void healAll() {
        cluster.net().heal();
        cluster.nodes().forEach(cluster::start);
    }
}
