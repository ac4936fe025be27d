package io.faultline.e2e.maelstrom;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.junit.ClusterTest;
import io.faultline.junit.Consistency;
import io.faultline.junit.Faultline;
import io.faultline.runner.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * A user's own node program in a JUnit test ({@link Faultline#command}): the Python Maelstrom nodes, a correct
 * single-leader store and one whose followers read an asynchronous copy, described and required as a user would.
 */
@Timeout(120)
class NodeCommandTest {

    @TempDir
    Path store;

    @Test
    void aCorrectProgramMeetsLinearizabilityUnderPartitionsAndLatency() {
        RunResult run = described(MaelstromPrograms.leader(), 1).requires(Consistency.LINEARIZABLE);

        assertThat(run.stats().faults()).isPositive();
        assertThat(run.stats().ok()).isGreaterThan(20);
    }

    @Test
    void aProgramWithStaleReadsFailsTheTestNamingTheCounterexample() {
        List<String> program = MaelstromPrograms.staleReads();
        AssertionFailedError failure = null;
        for (long seed = 1; seed <= 3 && failure == null; seed++) {
            failure = failureOf(described(program, seed));
        }

        assertThat(failure).as("stale reads caught within 3 runs").isNotNull();
        assertThat(failure.getMessage()).contains("is not linearizable").contains("counterexample: ")
                .contains("reproduce with: ./faultline run").contains("--bin");
    }

    private ClusterTest described(List<String> program, long seed) {
        return Faultline.command(program.get(0), program.subList(1, program.size()).toArray(String[]::new))
                .nemesis("partition", "latency").nemesisInterval(Duration.ofSeconds(1))
                .timeLimit(Duration.ofSeconds(6)).rate(100).concurrency(10)
                .with(spec -> spec.withClientTimeout(Duration.ofMillis(500)).withRecoveryTime(Duration.ofSeconds(1)))
                .seed(seed).store(store);
    }

    private static AssertionFailedError failureOf(ClusterTest test) {
        try {
            test.requires(Consistency.LINEARIZABLE);
            return null;
        } catch (AssertionFailedError failure) {
            return failure;
        }
    }
}
