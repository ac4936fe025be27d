package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.runner.RunResult;
import io.faultline.runner.TestSpec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Correct Raft stays linearizable under every nemesis, over 200 seeds each (the "done when"). A failure
 * names each failing seed with the command that replays it, so a red build is one copy-paste from a debugger.
 */
class RaftSeedSweepTest {

    private static final int SEEDS = 200;

    @ParameterizedTest(name = "raft under {0}")
    @ValueSource(strings = {"partition", "kill", "pause", "latency", "loss", "clock", "partition,kill"})
    void raftStaysLinearizableOver200Seeds(String nemeses) {
        TestSpec spec = Sweep.shortRun("raft", nemeses.split(","));
        List<RunResult> runs = Sweep.all(spec, 1, SEEDS);

        List<String> failures = runs.stream().filter(run -> linearizable(run) != Verdict.VALID)
                .map(run -> "seed " + run.spec().seed() + ": " + linearizable(run) + "; reproduce with: "
                        + run.reproduceCommand())
                .toList();
        assertThat(failures).as("raft under %s", nemeses).isEmpty();
        assertThat(runs).as("every run injected faults").allMatch(run -> run.stats().faults() > 0);
        assertThat(runs.stream().mapToLong(run -> run.stats().ok()).sum())
                .as("the runs did work, not just fail").isGreaterThan(SEEDS * 50L);
    }

    private static Verdict linearizable(RunResult run) {
        return run.result(LinearizabilityChecker.NAME).orElseThrow().verdict();
    }
}
