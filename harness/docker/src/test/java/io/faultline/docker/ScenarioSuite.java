package io.faultline.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault scenarios, written once for any runtime (Ratis' {@code LeaderElectionTests<CLUSTER>} pattern): raft
 * stays linearizable through partitions, crashes and pauses, and a switched-on bug is caught. A subclass names
 * the runtime and may scale the runs; in a real runtime a run is wall-clock time, so they are short. Kept free of
 * Docker so that it can move to the shared suite of every runtime.
 */
abstract class ScenarioSuite {

    /** How many runs a bug may take to show; a real network is not seeded, so one run may miss it. */
    static final int BUG_ATTEMPTS = 3;
    private static final List<String> CHECKERS = List.of("linearizable", "eventual", "stale-reads");

    /** The runtime's name, as after {@code --runtime}. */
    abstract String runtime();

    /** Hook for timing and logging each run; the default only runs it. */
    RunResult run(String scenario, TestSpec spec) {
        return Runner.run(spec);
    }

    /**
     * A short run: 12 s at 40 ops/s from 5 workers, a fault every 2 s, 1 s client timeout, 2 s to recover,
     * the cheap checkers (the sequential search adds nothing to these verdicts).
     */
    TestSpec spec(String system, int nodes, String... nemeses) {
        return TestSpec.defaults().withRuntime(runtime()).withSystem(system).withNodeCount(nodes)
                .withNemeses(nemeses).withTimeLimit(Duration.ofSeconds(12)).withNemesisInterval(Duration.ofSeconds(2))
                .withRatePerSecond(40).withRecoveryTime(Duration.ofSeconds(2)).withCheckers(CHECKERS)
                .withCheckTimeLimit(Duration.ofSeconds(30)).withStoreDir(null).withSeed(1);
    }

    /** The control of {@link #raftWithStaleFollowerReadsIsCaught}: the same run without the bug. */
    @Test
    void raftStaysLinearizableThroughPartitions() {
        assertLinearizable(run("raft-partition", spec("raft", 3, "partition")));
    }

    @Test
    void raftStaysLinearizableThroughCrashes() {
        assertLinearizable(run("raft-kill", spec("raft", 3, "kill")));
    }

    @Test
    void raftStaysLinearizableThroughPauses() {
        assertLinearizable(run("raft-pause", spec("raft", 3, "pause")));
    }

    /**
     * Raft §8: reads must go through the leader (or ReadIndex); a follower answering from its own state machine, as
     * the bug switch makes it, serves stale values, most of all while a partition keeps it behind.
     */
    @Test
    void raftWithStaleFollowerReadsIsCaught() {
        assertCaught("raft-stale-follower-reads", spec("raft", 3, "partition").withBug("stale-follower-reads"));
    }

    private static void assertLinearizable(RunResult result) {
        assertThat(result.stats().ok()).as("ops that succeeded").isGreaterThan(20);
        assertThat(result.stats().faults()).as("faults injected").isPositive();
        assertThat(result.result(LinearizabilityChecker.NAME).orElseThrow().verdict())
                .as("linearizable: %s", result.summary()).isEqualTo(Verdict.VALID);
    }

    /** The run shows a stale read (the checker's own finding, not just "not linearizable"), within a few tries. */
    private void assertCaught(String scenario, TestSpec spec) {
        RunResult last = null;
        for (int attempt = 1; attempt <= BUG_ATTEMPTS; attempt++) {
            last = run(scenario + " (attempt " + attempt + ")", spec.withSeed(attempt));
            if (last.summary().anomalies().stream().anyMatch(finding -> finding.kind().equals("stale-read"))) {
                assertThat(last.result(LinearizabilityChecker.NAME).orElseThrow().verdict()).isEqualTo(Verdict.INVALID);
                assertThat(last.verdict()).isEqualTo(Verdict.INVALID);
                return;
            }
        }
        throw new AssertionError(scenario + " was not caught in " + BUG_ATTEMPTS + " runs; last: " + last.summary());
    }
}
