package io.faultline.e2e.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture the tree shows, read from the poms: the runtimes are modules of their own, the runner's core
 * knows none of them, only the command line pulls in every one, and a system family tests against the simulator
 * alone. A pom edit that breaks one of these fails here, naming the module.
 */
class ModuleDependenciesTest {
    private static final Set<String> RUNTIMES =
            Set.of("faultline-sim", "faultline-process", "faultline-maelstrom", "faultline-docker");

    /** artifactId → its faultline dependencies, main code only (test scope left out). */
    private static final Map<String, Set<String>> MAIN = new LinkedHashMap<>();
    /** artifactId → its faultline dependencies in test scope. */
    private static final Map<String, Set<String>> TEST = new LinkedHashMap<>();

    @BeforeAll
    static void readPoms() throws Exception {
        for (Poms.Module module : Poms.read(Repository.root())) {
            MAIN.put(module.artifact(), module.main());
            TEST.put(module.artifact(), module.test());
        }
    }

    @Test
    void onlyTheCommandLineDependsOnEveryRuntime() {
        List<String> all = MAIN.keySet().stream().filter(m -> closure(m).containsAll(RUNTIMES)).toList();
        assertThat(all).as("modules whose main code depends on every runtime").containsExactly("faultline-cli");
    }

    @Test
    void theCoreKnowsNoRuntimeAndNoReport() {
        assertThat(closure("faultline-core")).as("faultline-core's dependencies")
                .doesNotContainAnyElementsOf(RUNTIMES).doesNotContain("faultline-report");
    }

    @Test
    void eachRuntimeBuildsOnTheCoreAndTheSimulatorOnNothingElse() {
        for (String runtime : RUNTIMES) {
            assertThat(closure(runtime)).as(runtime).contains("faultline-core").doesNotContain("faultline-report");
        }
        assertThat(closure("faultline-sim")).as("faultline-sim").doesNotContainAnyElementsOf(
                RUNTIMES.stream().filter(r -> !r.equals("faultline-sim")).toList());
    }

    @Test
    void systemFamiliesTestAgainstTheSimulatorOnly() {
        for (String family : List.of("faultline-kv", "faultline-chord", "faultline-p2p")) {
            assertThat(MAIN.get(family)).as(family + " main dependencies").containsOnly("faultline-node-api");
            assertThat(TEST.get(family)).as(family + " test dependencies")
                    .isSubsetOf("faultline-node-api", "faultline-sim");
        }
    }

    private static Set<String> closure(String module) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(MAIN.getOrDefault(module, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(MAIN.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }
}
