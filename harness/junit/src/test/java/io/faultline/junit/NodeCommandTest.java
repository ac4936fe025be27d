package io.faultline.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.faultline.runner.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * A user's own node program under test: the Python Maelstrom nodes the e2e module's maelstrom tests use (a correct
 * single-leader store and one whose followers read an asynchronous copy), run through {@link Faultline#command}.
 */
@Timeout(120)
class NodeCommandTest {

    /** Shared with harness/e2e rather than copied: the same programs, one place to fix them. */
    private static final Path NODES = Path.of("..", "e2e", "src", "test", "maelstrom");

    @TempDir
    Path store;

    @Test
    void aCommandDescribesAMaelstromClusterOfThatProgram() {
        ClusterTest test = Faultline.command("./my-node", "--fast").nemesis("partition");

        assertThat(test.spec().runtime()).isEqualTo("maelstrom");
        assertThat(test.spec().system()).isEqualTo("maelstrom");
        assertThat(test.spec().bin()).containsExactly("./my-node", "--fast");
        assertThat(test.spec().nodeCount()).isEqualTo(3);
    }

    @Test
    void aCorrectProgramMeetsLinearizabilityUnderPartitions() {
        RunResult run = described("lin_kv_leader.py", 1).requires(Consistency.LINEARIZABLE);

        assertThat(run.stats().faults()).isPositive();
        assertThat(run.stats().ok()).isGreaterThan(20);
    }

    @Test
    void aProgramWithStaleReadsFailsTheTestNamingTheCounterexample() {
        AssertionFailedError failure = null;
        for (long seed = 1; seed <= 3 && failure == null; seed++) {
            ClusterTest test = described("lin_kv_stale_reads.py", seed);
            failure = catchFailure(test);
        }

        assertThat(failure).as("stale reads caught within 3 runs").isNotNull();
        assertThat(failure.getMessage()).contains("is not linearizable").contains("counterexample: ")
                .contains("reproduce with: ./faultline run").contains("--bin");
    }

    private ClusterTest described(String program, long seed) {
        requirePython();
        return Faultline.command(NODES.resolve(program).toString()).nemesis("partition", "latency")
                .nemesisInterval(Duration.ofSeconds(1)).timeLimit(Duration.ofSeconds(6)).rate(100).concurrency(10)
                .with(spec -> spec.withClientTimeout(Duration.ofMillis(500)).withRecoveryTime(Duration.ofSeconds(1)))
                .seed(seed).store(store);
    }

    private static AssertionFailedError catchFailure(ClusterTest test) {
        try {
            test.requires(Consistency.LINEARIZABLE);
            return null;
        } catch (AssertionFailedError failure) {
            return failure;
        }
    }

    /** Skips, saying why, without python3 (CI has it: .ci/run installs it). */
    private static void requirePython() {
        assumeTrue(hasPython(), "python3 is not on the PATH: install it (apt-get install python3) to run the"
                + " node-command tests with the Python Maelstrom nodes");
    }

    private static boolean hasPython() {
        try {
            Process python = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return python.waitFor(10, TimeUnit.SECONDS) && python.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
