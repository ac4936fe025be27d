package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.util.List;
import java.util.TreeSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * For each known weakness, a bounded seed search finds the violation the checkers should catch (the issue's
 * "done when"). The searches skip the sequential check, whose NP-complete search would dominate their time, and
 * print the seed they found with the command that replays it. A bug that stops being found fails its test.
 */
class KnownBugsTest {

    /** How many seeds a search may try. */
    private static final int BOUND = 200;
    private static final List<String> CHEAP_CHECKERS = List.of("linearizable", "eventual", "stale-reads");

    @Test
    void raftWithStaleFollowerReadsIsNotLinearizableButTheSameSeedWithoutTheBugIs() {
        TestSpec buggy = spec("raft", "partition").withBug("stale-follower-reads");
        RunResult found = search(buggy, "not-linearizable");

        assertThat(found.summary().anomalies()).anyMatch(f -> f.kind().equals("stale-read"));
        RunResult correct = Runner.run(found.spec().withBugs(new TreeSet<>()));
        assertThat(correct.result(LinearizabilityChecker.NAME).orElseThrow().verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void raftWithoutFsyncLosesStateAcrossCrashes() {
        search(spec("raft", "kill").withBug("no-fsync"), "not-linearizable");
    }

    @Test
    void raftWithUncheckedLeaseReadsServesStaleReadsFromADeposedLeader() {
        search(spec("raft", "partition").withBug("lease-reads-without-clock-check"), "stale-read");
    }

    @Test
    void quorumWithW1LosesAcknowledgedWritesUnderPartitions() {
        search(spec("quorum", "partition").withBug("w=1"), "lost-write");
    }

    @Test
    void quorumUnderPartitionsServesStaleReads() {
        search(spec("quorum", "partition"), "stale-read");
    }

    @Test
    void primaryBackupLosesAcknowledgedWritesAcrossAFailover() {
        search(spec("primary-backup", "partition"), "lost-write");
    }

    @Test
    void primaryBackupWithBackupReadsServesStaleReads() {
        search(spec("primary-backup", "none").withBug("backup-reads"), "stale-read");
    }

    private static TestSpec spec(String system, String nemesis) {
        return Sweep.shortRun(system, nemesis).withCheckers(CHEAP_CHECKERS);
    }

    /** The first run within the bound whose history shows an anomaly of {@code kind}; fails if there is none. */
    private static RunResult search(TestSpec spec, String kind) {
        Optional<RunResult> found = Sweep.first(spec, 1, BOUND,
                run -> run.summary().anomalies().stream().anyMatch(f -> f.kind().equals(kind)));
        assertThat(found).as("%s within %d seeds of %s", kind, BOUND, spec.testName()).isPresent();
        RunResult run = found.get();
        System.out.println(spec.testName() + ": " + kind + " at seed " + run.spec().seed() + "; reproduce with: "
                + run.reproduceCommand());
        assertThat(run.verdict()).isEqualTo(Verdict.INVALID);
        return run;
    }
}
