package io.faultline.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.DockerClient;
import io.faultline.histories.check.weak.Finding;
import io.faultline.runner.RunResult;
import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.DockerClientFactory;

/**
 * The scenario suite in containers. Each run is stored under {@code target/it-store} (history, verdicts and
 * {@code logs/docker.log} with every node's output) and prints its wall time, which the README reports.
 */
class DockerScenariosIT extends ScenarioSuite {

    @BeforeAll
    static void needsDocker() {
        assumeTrue(DockerEngine.isRunning(), DockerEngine.NOT_RUNNING);
    }

    /** The "done when": after the suite, nothing of this JVM is left on the engine. */
    @AfterAll
    static void nothingIsLeft() {
        if (!DockerEngine.isRunning()) {
            return; // JUnit runs this even when needsDocker skipped the class
        }
        String me = Owner.self().labels().get(Owner.OWNER_LABEL);
        DockerClient docker = DockerClientFactory.instance().client();
        assertThat(docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(Owner.OWNER_LABEL, me)).exec()).isEmpty();
        assertThat(docker.listNetworksCmd().withFilter("label", List.of(Owner.OWNER_LABEL + "=" + me)).exec())
                .isEmpty();
    }

    @Override
    String runtime() {
        return "docker";
    }

    @Override
    TestSpec spec(String system, int nodes, String... nemeses) {
        return super.spec(system, nodes, nemeses).withStoreDir(Path.of("target", "it-store"));
    }

    @Override
    RunResult run(String scenario, TestSpec spec) {
        long start = System.nanoTime();
        RunResult result = super.run(scenario, spec);
        System.out.printf("docker scenario %s: %.1f s wall, %d ops ok of %d, %d faults, %s, anomalies %s; stored in %s%n",
                scenario, (System.nanoTime() - start) / 1e9, result.stats().ok(), result.stats().calls(),
                result.stats().faults(), result.summary().statement(), anomalyKinds(result),
                result.files().map(f -> f.dir().toString()).orElse("-"));
        return result;
    }

    private static Map<String, Long> anomalyKinds(RunResult result) {
        return result.summary().anomalies().stream()
                .collect(Collectors.groupingBy(Finding::kind, TreeMap::new, Collectors.counting()));
    }
}
