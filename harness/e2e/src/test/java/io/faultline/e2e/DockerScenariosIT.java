package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.faultline.docker.DockerEngine;
import io.faultline.runner.RunResult;
import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The scenario suite in containers (a Failsafe integration test: it needs a Docker engine, and is skipped with
 * {@link DockerEngine#NOT_RUNNING} without one). A run costs about ten seconds of container start and stop on top
 * of its time limit, so runs last twelve seconds with three-second faults as in the process runtime, a crash of
 * every node five (a node container restarts in one to two), and a bug gets two runs (each was caught in its first).
 * Runs are kept under {@code target/docker-scenarios} with every node's log in {@code logs/docker.log}.
 */
class DockerScenariosIT extends ScenarioSuite {

    @BeforeAll
    static void needsDocker() {
        assumeTrue(DockerEngine.isRunning(), DockerEngine.NOT_RUNNING);
    }

    /** The docker runtime issue's "done when": after the suite, nothing this JVM created is left on the engine. */
    @AfterAll
    static void nothingIsLeft() {
        if (DockerEngine.isRunning()) { // JUnit runs this even when needsDocker skipped the class
            assertThat(DockerEngine.leftoversOfThisJvm()).isEmpty();
        }
    }

    @Override
    String runtime() {
        return "docker";
    }

    @Override
    Pace pace() {
        return new Pace(Duration.ofSeconds(12), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(5), 2,
                Path.of("target", "docker-scenarios"));
    }

    /**
     * Raft with every workload, the other systems with {@code set} (and Chord with {@code lookup}): a container run
     * costs 6 to 9 s of cluster start and stop on top of its 2 s of work, and all thirteen runs took 2 min 10 s.
     * The rest of the matrix runs in the process runtime, with the same node jar and wire codec.
     */
    @Override
    List<String> workloads(String system, List<String> every) {
        return system.equals("raft") ? every
                : every.stream().filter(w -> w.equals("set") || w.equals("lookup")).toList();
    }

    /** Prints each run's wall time and outcome, which docs/runtime-docker.md reports. */
    @Override
    RunResult run(TestSpec spec) {
        long start = System.nanoTime();
        RunResult result = super.run(spec);
        System.out.printf("docker scenario %s seed %d: %.1f s wall, %d ok of %d calls, %d faults, %s%n",
                spec.testName(), spec.seed(), (System.nanoTime() - start) / 1e9, result.stats().ok(),
                result.stats().calls(), result.stats().faults(), result.summary().statement());
        return result;
    }
}
