package io.faultline.junit;

import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Faultline in a JUnit 5 test: describe a cluster, a workload, faults and the consistency model to require, and
 * get an {@link org.opentest4j.AssertionFailedError} naming the counterexample and the run folder when the
 * history breaks it.
 *
 * <pre>{@code
 * Faultline.cluster("raft").nodes(3).workload("register").nemesis("partition")
 *         .timeLimit(Duration.ofSeconds(10)).seed(1).requires(Consistency.LINEARIZABLE);
 * }</pre>
 *
 * <p>Each description starts here: {@link #cluster(String)} names one of Faultline's systems as the registry knows
 * it ({@code raft}, {@code quorum}, {@code primary-backup}, {@code chord}); {@link #command(String, String...)}
 * runs the user's own node program instead, in any language, as long as it speaks Maelstrom's protocol.
 */
public final class Faultline {

    /** Where runs are kept unless a test says otherwise: beside the build's other outputs, not in the sources. */
    public static final Path DEFAULT_STORE = Path.of("target", "faultline");

    private Faultline() {
    }

    /**
     * A cluster of one of Faultline's systems, by name, in the simulator: five nodes, the register workload, no
     * faults, 10 s of virtual time at 25 ops/s, seed 0, stored under {@link #DEFAULT_STORE}.
     */
    public static ClusterTest cluster(String system) {
        return new ClusterTest(TestSpec.defaults().withSystem(system).withTimeLimit(Duration.ofSeconds(10))
                .withRatePerSecond(25).withStoreDir(DEFAULT_STORE));
    }

    /**
     * A cluster of the user's own node program: every node runs {@code program arguments…}, which speaks
     * Maelstrom's protocol on stdin/stdout ({@code init}, lin-kv {@code read}/{@code write}/{@code cas}), under the
     * {@code maelstrom} runtime: real processes in real time, every message routed through Faultline's network, so
     * partitions, latency, loss, crashes and pauses apply. Three nodes, otherwise as {@link #cluster(String)}; the
     * seed fixes the faults and the operations, not the interleaving.
     */
    public static ClusterTest command(String program, String... arguments) {
        List<String> bin = new ArrayList<>(List.of(program));
        bin.addAll(List.of(arguments));
        return cluster("maelstrom").runtime("maelstrom").nodes(3).with(spec -> spec.withBin(bin));
    }
}
