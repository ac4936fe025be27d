package io.faultline.junit;

import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;

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
 * <p>Each description starts here. A system is named as the registry knows it ({@code raft}, {@code quorum},
 * {@code primary-backup}, {@code chord}); a runtime that runs a node program instead (Maelstrom's protocol on
 * stdin/stdout) plugs in as one more entry point beside {@link #cluster(String)}, building the same
 * {@link ClusterTest} with that runtime and the program's command line.
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
}
