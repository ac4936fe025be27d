package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import io.faultline.workloads.lookup.LookupChecker;
import io.faultline.workloads.lookup.LookupDetails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chord through the runner: the lookup workload's checker over seed sweeps under the DHT nemeses, and caught
 * when the ring is broken on purpose. A failure names each seed with the command that replays it.
 */
class ChordSweepTest {

    /**
     * Eight chord nodes, lookups at 50/s: quiet, fault, quiet, fault for a second each, healed at 4 s, then 3 s
     * to recover before the final ring sweep and lookups, which are judged (settle 2 s after the last heal).
     */
    private static TestSpec lookups(String nemesis) {
        return TestSpec.defaults().withSystem("chord").withNodeCount(8).withWorkload("lookup")
                .withNemeses(List.of(nemesis)).withTimeLimit(Duration.ofSeconds(4))
                .withNemesisInterval(Duration.ofSeconds(1)).withRecoveryTime(Duration.ofSeconds(3))
                .withCheckTimeLimit(Duration.ofSeconds(10)).withStoreDir(null);
    }

    private static CheckResult lookupResult(RunResult run) {
        return run.result(LookupChecker.NAME).orElseThrow();
    }

    private static List<String> notValid(List<RunResult> runs) {
        return runs.stream().filter(run -> lookupResult(run).verdict() != Verdict.VALID)
                .map(run -> "seed " + run.spec().seed() + ": " + lookupResult(run).summary()
                        + lookupResult(run).anomalies().stream().limit(3).map(a -> "\n  " + a.description()).toList()
                        + "\n  reproduce with: " + run.reproduceCommand())
                .toList();
    }

    @Test
    @DisplayName("Chord §5.1: after churn (crashes, leaves, joins) stops, the successor pointers form one cycle over"
            + " all live nodes in identifier order and lookups name the oracle's owner (100 seeds)")
    void ringInvariantHoldsAfterChurnOver100Seeds() {
        List<RunResult> runs = Sweep.all(lookups("churn:period-ms=100"), 1, 100);

        assertThat(notValid(runs)).isEmpty();
        assertThat(runs).allMatch(run -> run.stats().faults() > 0);
        assertThat(runs).allMatch(run -> ((LookupDetails) lookupResult(run).details()).judged() >= 40);
    }

    @Test
    @DisplayName("Chord §5.1: a ring split by a partition merges again after the heal (merge checks), 20 seeds")
    void splitRingMergesAfterTheHeal() {
        assertThat(notValid(Sweep.all(lookups("partition-heal"), 1, 20))).isEmpty();
    }

    @Test
    @DisplayName("the lookup checker catches a broken ring: the no-stabilize bug is INVALID on every seed of 10")
    void noStabilizeBugIsCaught() {
        TestSpec broken = lookups("fail-fraction:p=0.25").withBugs(new TreeSet<>(List.of("no-stabilize")));
        List<RunResult> runs = Sweep.all(broken, 1, 10);

        assertThat(runs).allMatch(run -> lookupResult(run).verdict() == Verdict.INVALID);
        assertThat(runs).allMatch(run -> lookupResult(run).anomalies().stream()
                .anyMatch(a -> a.kind().equals("broken-ring")));
    }

    @Test
    @DisplayName("Chord §5.1 as the paper warns: without merge checks a ring split by a partition stays split, and"
            + " the checker says so")
    void withoutMergeChecksTheSplitRingIsCaught() {
        TreeMap<String, String> paperOnly = new TreeMap<>();
        paperOnly.put("merge-check-ms", "0");
        List<RunResult> runs = Sweep.all(lookups("partition-heal").withSystemOptions(paperOnly), 1, 10);

        assertThat(runs.stream().filter(run -> lookupResult(run).verdict() == Verdict.INVALID).count())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    @DisplayName("chord is not linearizable under churn: a ring change gives a key two owners for a while, and"
            + " under fast churn the register workload's linearizability check fails (seed 1 of 1 … 4)")
    void churnBreaksLinearizability() {
        TestSpec spec = TestSpec.defaults().withSystem("chord").withNodeCount(8).withWorkload("register")
                .withNemeses(List.of("churn:period-ms=100")).withTimeLimit(Duration.ofSeconds(10))
                .withNemesisInterval(Duration.ofSeconds(2)).withRecoveryTime(Duration.ofSeconds(3))
                .withCheckers(List.of(LinearizabilityChecker.NAME)).withCheckTimeLimit(Duration.ofSeconds(10))
                .withStoreDir(null);
        List<Verdict> verdicts = Sweep.all(spec, 1, 4).stream()
                .map(run -> run.result(LinearizabilityChecker.NAME).orElseThrow().verdict()).toList();

        assertThat(verdicts).as("linearizability verdicts of seeds 1 … 4").contains(Verdict.INVALID);
    }

    @Test
    @DisplayName("a chord run under the DHT nemeses replays byte for byte from its seed (churn's leaves included)")
    void sameSeedSameHistory(@TempDir Path store) throws IOException {
        TestSpec spec = lookups("churn:period-ms=100").withNemeses(List.of("churn:period-ms=100",
                "fail-fraction:p=0.3", "partition-heal")).withTimeLimit(Duration.ofSeconds(7)).withSeed(42)
                .withStoreDir(store);

        byte[] first = Files.readAllBytes(Runner.run(spec).files().orElseThrow().history());
        byte[] second = Files.readAllBytes(Runner.run(spec).files().orElseThrow().history());

        assertThat(first).hasSizeGreaterThan(10_000);
        assertThat(second).isEqualTo(first);
    }
}
