package io.faultline.experiment.chord;

import io.faultline.chord.ChordNode;
import io.faultline.chord.ChordSystem;
import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A simulated Chord ring of real {@link ChordNode}s started in its converged state ("converged bootstrap"):
 * every node gets from {@link OracleRing} the successor list, predecessor and finger table that joins followed by
 * enough rounds of stabilization would give it. The paper's §6 simulator measures static rings the same way; here
 * it is also a matter of time, since growing a 10,000-node ring by joins takes thousands of stabilization rounds.
 *
 * <p>Periodic maintenance (stabilize, fix_fingers, check_predecessor, replication) is switched off by setting its
 * periods to {@link #MAINTENANCE_OFF_MS}, about 25 days of virtual time (an experiment lasts seconds), and the
 * merge checks, which the paper does not have, are off too. So path lengths are measured on the converged tables,
 * and failed lookups "before stabilization repairs anything". What still runs is the lookup protocol itself,
 * including its reaction to a timeout: the asker drops the dead node from its own tables and routes around it
 * (docs/chord.md).
 */
final class ConvergedRing {

    static final int MAINTENANCE_OFF_MS = Integer.MAX_VALUE;
    /** chord's default (docs/chord.md). */
    static final int DEFAULT_MAX_LOOKUP_STEPS = 64;

    private final SimCluster cluster;
    private final OracleRing oracle;
    private final List<List<String>> fingerTables = new ArrayList<>();

    private ConvergedRing(SimCluster cluster, OracleRing oracle) {
        this.cluster = cluster;
        this.oracle = oracle;
        for (int i = 0; i < oracle.size(); i++) {
            fingerTables.add(oracle.fingerTable(i));
        }
    }

    /**
     * {@code nodes} node names, {@code n1@salt} … {@code nN@salt}: a salt drawn from the experiment's seed gives
     * every ring its own identifiers (SHA-1 of the names), as fresh addresses would.
     */
    static List<String> names(int nodes, long salt) {
        String suffix = "@" + Long.toHexString(salt);
        return IntStream.rangeClosed(1, nodes).mapToObj(i -> "n" + i + suffix).toList();
    }

    /**
     * Starts a node per name in the simulator with {@code seed}, each with its converged tables and a successor
     * list of length {@code successors} (r of §5.2).
     *
     * @param maxLookupSteps chord's {@code max-lookup-steps}: asks (answered or timed out) before a lookup gives up
     */
    static ConvergedRing start(long seed, List<String> names, int successors, int maxLookupSteps) {
        ClusterSpec spec = new ClusterSpec(new ChordSystem(), names, new TreeMap<>(), new TreeSet<>())
                .withOption("bootstrap", names.get(0))
                .withOption("successors", Integer.toString(successors))
                .withOption("max-lookup-steps", Integer.toString(maxLookupSteps))
                .withOption("merge-check-ms", "0"); // no split-ring checks either: the paper has none
        for (String timer : new String[] {"stabilize-ms", "fix-fingers-ms", "check-predecessor-ms", "replicate-ms"}) {
            spec = spec.withOption(timer, Integer.toString(MAINTENANCE_OFF_MS));
        }
        SimCluster cluster = new SimRuntime(SimConfig.defaults(seed)).start(spec);
        ConvergedRing ring = new ConvergedRing(cluster, OracleRing.of(cluster.nodes()));
        ring.install(successors);
        return ring;
    }

    /**
     * Gives every running node its converged tables again, with successor lists of {@code length} (at most the r
     * the ring started with). Length 1 leaves closest_preceding_node only the finger table, as in Fig. 5.
     */
    void install(int length) {
        for (int i = 0; i < oracle.size(); i++) {
            int index = i;
            cluster.nodeObject(oracle.name(i)).map(ChordNode.class::cast).ifPresent(node -> node.adoptConvergedTables(
                    oracle.predecessor(index), oracle.successors(index, length), fingerTables.get(index)));
        }
    }

    SimCluster cluster() {
        return cluster;
    }

    /** The ring before any failure. */
    OracleRing oracle() {
        return oracle;
    }
}
