package io.faultline.kv.simtest;

import io.faultline.nemesis.Nemesis;
import io.faultline.nemesis.Nemeses;
import io.faultline.sim.SimCluster;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The harness's own nemeses on a fixed seeded timetable, for end-to-end tests that watch a system's internals
 * while it runs (the runner does not hand out its cluster): every period it heals the fault in force and starts
 * the next, drawn from {@code faults}; at the end it heals everything and restarts every node. The faults are
 * exactly what {@code --nemesis partition} and {@code --nemesis kill} inject.
 */
public final class SimNemesis {

    /** The faults to draw from, by their {@code --nemesis} names. */
    public enum Fault {
        PARTITION("partition"), CRASH("kill");

        private final String nemesis;

        Fault(String nemesis) {
            this.nemesis = nemesis;
        }
    }

    private final SimCluster cluster;
    private final SplittableRandom random;
    private final List<Nemesis> nemeses;
    private final long periodNanos;
    private Nemesis inForce;

    public SimNemesis(SimCluster cluster, long seed, long periodNanos, Fault... faults) {
        this.cluster = cluster;
        this.random = new SplittableRandom(seed ^ 0x5eedL);
        this.nemeses = Nemeses.named(List.of(faults).stream().map(f -> f.nemesis).toList());
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
        heal();
        inForce = nemeses.get(random.nextInt(nemeses.size()));
        inForce.start(cluster, random);
    }

    private void heal() {
        if (inForce != null) {
            inForce.stop(cluster);
            inForce = null;
        }
    }

    private void healAll() {
        heal();
        cluster.net().heal();
        cluster.nodes().forEach(cluster::start);
    }
}
