package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.codec.Format;
import io.faultline.histories.codec.Histories;
import io.faultline.process.ProcessRegistry;
import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A harness running the process runtime, killed with {@code kill -9} mid-run: no shutdown hook runs, so its node
 * JVMs and its Toxiproxy are left running. Its history is still readable, and the next process-runtime run reaps
 * every one of those orphans before it starts (the "done when").
 */
@Timeout(240)
class KilledProcessHarnessTest {

    private static final int LINES_BEFORE_KILL = 100;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsToxiproxy() {
        ToxiproxyInstalled.assume();
    }

    @Test
    void aKilledHarnessLeavesAReadableHistoryAndTheNextRunReapsWhatItLeftRunning() throws Exception {
        Path store = dir.resolve("store");
        Path registry = dir.resolve("registry");
        Path output = dir.resolve("output.txt");
        Process harness = new ProcessBuilder(GrowingHistory.javaCommand(), "-Dfaultline.process.registry=" + registry,
                "-cp", System.getProperty("java.class.path"), LongProcessRun.class.getName(), store.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            Path history = GrowingHistory.await(store, LINES_BEFORE_KILL, harness, output, 120);
            harness.destroyForcibly(); // SIGKILL: no shutdown hook stops the nodes
            assertThat(harness.waitFor(30, TimeUnit.SECONDS)).isTrue();

            List<ProcessRegistry.Entry> orphans = ProcessRegistry.recorded(registry).stream()
                    .filter(entry -> entry.live().isPresent()).toList();
            assertThat(orphans).as("the killed harness's nodes and Toxiproxy, still running")
                    .hasSizeGreaterThanOrEqualTo(3)
                    .anyMatch(entry -> entry.command().endsWith("toxiproxy-server"));

            List<String> warnings = new ArrayList<>();
            History read = Histories.read(history, Format.JSONL, warnings::add);
            assertThat(read.size()).isGreaterThanOrEqualTo(LINES_BEFORE_KILL);
            assertThat(warnings).as("at most the torn last line").hasSizeLessThanOrEqualTo(1);

            RunResult next = runWithRegistry(registry);
            assertThat(next.stats().calls()).as("the next run ran").isPositive();
            assertThat(orphans).as("orphans left after the next run").allMatch(entry -> entry.live().isEmpty());
            assertThat(ProcessRegistry.recorded(registry)).as("registry files left").isEmpty();
        } finally {
            harness.destroyForcibly();
            ProcessRegistry.reapOrphans(registry); // whatever a failed assertion left
        }
    }

    /** A short process-runtime run in this JVM whose registry is the killed harness's. */
    private static RunResult runWithRegistry(Path registry) {
        String previous = System.setProperty("faultline.process.registry", registry.toString());
        try {
            return Runner.run(TestSpec.defaults().withRuntime("process").withNodeCount(3)
                    .withTimeLimit(Duration.ofSeconds(2)).withRecoveryTime(Duration.ofMillis(500))
                    .withStoreDir(null).withSeed(1));
        } finally {
            if (previous == null) {
                System.clearProperty("faultline.process.registry");
            } else {
                System.setProperty("faultline.process.registry", previous);
            }
        }
    }
}
