package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The scenarios every runtime must pass, written once and run in each (Ratis's {@code LeaderElectionTests<CLUSTER>}
 * with a thin subclass per RPC; STYLE #8): every workload works against every system (its writes acknowledged, its
 * final reads answered), correct Raft stays linearizable through partitions, crashes and pauses, and each system's
 * bug switches are caught. A subclass names its runtime and its {@link Pace}: how long a run
 * lasts and how many runs a bug may take to show.
 *
 * <p>In the simulator a bug that shows at some seed shows there every time. In a real runtime the same seed gives
 * a different interleaving each time, so a bug is asserted to be caught "within {@link Pace#attempts} runs"; a
 * bug that stops being caught fails its test with every run's verdicts.
 */
abstract class ScenarioSuite {

    private static final List<String> CHEAP_CHECKERS = List.of("linearizable", "eventual", "stale-reads");

    /** The checks a workload run needs: the cheap ones, of those the workload has ({@code lookup}: its own). */
    private static final Map<String, List<String>> WORKLOAD_CHECKERS = Map.of("register", CHEAP_CHECKERS,
            "kv", CHEAP_CHECKERS, "set", List.of("linearizable", "eventual"), "lookup", List.of());

    /** Acknowledged writes a short workload run must have: a few seconds at 50 ops/s give dozens. */
    private static final int MIN_WRITES = 10;

    /**
     * How a runtime runs the scenarios.
     *
     * @param timeLimit       each run's main phase
     * @param workloadTime    the main phase of the short, fault-free runs that show each workload works
     * @param nemesisInterval each fault, and each quiet spell between faults
     * @param recoveryTime    quiet time before the final reads
     * @param crashInterval   how long a crash of every node lasts, and how much longer recovery takes after one:
     *                        long enough for crashed nodes to come back (a JVM takes seconds to start)
     * @param attempts        runs (seeds 1, 2, …) a bug search may take
     * @param storeDir        where runs are kept, or null to keep nothing
     */
    record Pace(Duration timeLimit, Duration workloadTime, Duration nemesisInterval, Duration recoveryTime, Duration crashInterval,
                int attempts, Path storeDir) {
    }

    /** The runtime's registry name: {@code sim}, {@code process}, {@code docker}. */
    abstract String runtime();

    abstract Pace pace();

    /**
     * Which of {@code every} workload the every-workload scenarios run against {@code system} here: all of them,
     * unless a runtime's runs cost too much for that.
     */
    List<String> workloads(String system, List<String> every) {
        return every;
    }

    /** One run; a subclass may time or log it. */
    RunResult run(TestSpec spec) {
        return Runner.run(spec);
    }

    /** A three-node run of {@code system} under {@code nemeses} at this runtime's pace. */
    TestSpec spec(String system, String... nemeses) {
        Pace pace = pace();
        return TestSpec.defaults().withRuntime(runtime()).withSystem(system).withNemeses(nemeses).withNodeCount(3)
                .withTimeLimit(pace.timeLimit()).withNemesisInterval(pace.nemesisInterval())
                .withRecoveryTime(pace.recoveryTime()).withCheckTimeLimit(Duration.ofSeconds(30))
                .withStoreDir(pace.storeDir()).withSeed(1);
    }

    @Test
    void raftServesEveryWorkloadLinearizablyLosingNothing() {
        servesEveryWorkload("raft", (run, softly) -> {
            softly.assertThat(run.result(LinearizabilityChecker.NAME).orElseThrow().verdict())
                    .as("%s linearizable; %s", run.spec().testName(), describe(run)).isEqualTo(Verdict.VALID);
            softly.assertThat(run.summary().anomalies()).as("%s lost writes", run.spec().testName())
                    .noneMatch(found -> found.kind().equals("lost-write"));
        }, "register", "kv", "set");
    }

    @Test
    void quorumServesEveryWorkload() {
        servesEveryWorkload("quorum", (run, softly) -> { }, "register", "kv", "set");
    }

    @Test
    void primaryBackupServesEveryWorkload() {
        servesEveryWorkload("primary-backup", (run, softly) -> { }, "register", "kv", "set");
    }

    @Test
    void chordServesEveryWorkload() {
        servesEveryWorkload("chord", (run, softly) -> { }, "register", "kv", "set", "lookup");
    }

    /**
     * A short fault-free run of each workload against {@code system}: it must have acknowledged writes (adds,
     * lookups) and an answered final read for every worker, so that a workload whose requests the system never
     * carries out (the set workload's cas once lost {@code create_if_not_exists} on the way: every add failed)
     * fails here instead of passing every check vacuously. What the system's design promises is checked by
     * {@code also}; every run is reported before any assertion fails.
     */
    private void servesEveryWorkload(String system, BiConsumer<RunResult, SoftAssertions> also,
                                     String... workloads) {
        SoftAssertions softly = new SoftAssertions();
        for (String workload : workloads(system, List.of(workloads))) {
            RunResult run = run(spec(system).withWorkload(workload).withTimeLimit(pace().workloadTime())
                    .withRecoveryTime(Duration.ofMillis(500)).withCheckers(WORKLOAD_CHECKERS.get(workload)));
            System.out.println(runtime() + ": " + run.spec().testName() + ": " + describe(run));
            WorkDone work = WorkDone.of(workload);
            softly.assertThat(work.acknowledgedWrites(run.history()))
                    .as("%s acknowledged writes; reproduce with: %s", run.spec().testName(), run.reproduceCommand())
                    .isGreaterThanOrEqualTo(MIN_WRITES);
            softly.assertThat(work.workersWithoutFinalRead(run.history(), run.spec().concurrency()))
                    .as("%s workers without an ok final read", run.spec().testName()).isEmpty();
            also.accept(run, softly);
        }
        softly.assertAll();
    }

    @Test
    void raftStaysLinearizableThroughPartitions() {
        staysLinearizable(spec("raft", "partition"));
    }

    @Test
    void raftStaysLinearizableThroughCrashes() {
        staysLinearizable(spec("raft", "kill"));
    }

    @Test
    void raftStaysLinearizableThroughPauses() {
        staysLinearizable(spec("raft", "pause"));
    }

    @Test
    void raftWithStaleFollowerReadsIsNotLinearizable() {
        caught(spec("raft", "partition").withBug("stale-follower-reads"), "not-linearizable");
    }

    @Test
    void raftWithoutFsyncLosesStateAcrossCrashes() {
        // a crash of every node: with a minority crashed, the survivors would hand the forgotten log back
        caught(spec("raft", "kill-all").withBug("no-fsync").withNemesisInterval(pace().crashInterval())
                .withRecoveryTime(pace().recoveryTime().plus(pace().crashInterval())), "not-linearizable");
    }

    @Test
    void raftWithUncheckedLeaseReadsServesStaleReads() {
        // one key, mostly reads, many slow clients: the deposed leader's clients keep reading for seconds (a
        // write would block them) while the majority elects a new leader and writes. Twice as long as the
        // other runs: only a partition that cuts off the leader shows it
        caught(spec("raft", "partition").withBug("lease-reads-without-clock-check")
                .withTimeLimit(pace().timeLimit().multipliedBy(2)).withWorkload("kv")
                .withWorkloadOptions(new TreeMap<>(Map.of("keys", "1", "read-fraction", "0.9")))
                .withRatePerSecond(30).withConcurrency(15), "stale-read");
    }

    @Test
    void quorumWithW1LosesAcknowledgedWrites() {
        caught(loneNodeKeepsWriting(spec("quorum", "partition:shape=halves").withBug("w=1")), "lost-write");
    }

    /** The control: the same scenario without the bug loses nothing, so it is W=1 that the scenario catches. */
    @Test
    void quorumWithW2KeepsEveryAcknowledgedWriteInTheSameScenario() {
        RunResult run = run(loneNodeKeepsWriting(spec("quorum", "partition:shape=halves")).withCheckers(
                CHEAP_CHECKERS));
        assertThat(run.summary().anomalies()).as("%s; reproduce with: %s", describe(run), run.reproduceCommand())
                .noneMatch(found -> found.kind().equals("lost-write"));
        assertThat(run.stats().faults()).as("faults injected").isPositive();
        assertThat(run.stats().ok()).as("calls that succeeded").isGreaterThanOrEqualTo(20);
    }

    /**
     * Three nodes split into halves, writes only, and a run that ends inside its second partition. With three
     * nodes every node holds every key, so a correct W=2 refuses writes on the lone node's side (with five, a
     * sloppy quorum makes a side of two writable even at W=2, and Dynamo-style last-writer-wins loses writes
     * without any bug). Writes only, so the lone node's clients keep writing to the end: a read there would wait
     * out its timeout, and the worker would move to another node. At W=1 the lone node acknowledges them, stamped
     * by a Lamport clock that fell behind the majority's, so when the partition heals they lose to majority writes
     * that finished before they began: 20 of 20 sim seeds with 3 s faults (4 of 10 with sim's 0.5 s), 5 of 5 process
     * runs and the first docker run lost writes; at W=2, none (0 of 20, 0 of 3).
     */
    private TestSpec loneNodeKeepsWriting(TestSpec spec) {
        return spec.withWorkload("kv").withWorkloadOptions(new TreeMap<>(Map.of("read-fraction", "0")))
                .withTimeLimit(pace().nemesisInterval().multipliedBy(4));
    }

    @Test
    void quorumUnderPartitionsServesStaleReads() {
        // five nodes: with three, every node holds every key, and there is no fallback for a sloppy quorum
        caught(spec("quorum", "partition").withNodeCount(5), "stale-read");
    }

    @Test
    void primaryBackupLosesAcknowledgedWritesAcrossAFailover() {
        // many keys, so that some key's last write falls in a failover
        caught(spec("primary-backup", "partition").withWorkload("kv").withNodeCount(5), "lost-write");
    }

    @Test
    void primaryBackupWithBackupReadsServesStaleReads() {
        // slow links make the backups lag behind the primary
        caught(spec("primary-backup", "latency").withBug("backup-reads").withRatePerSecond(100), "stale-read");
    }

    /** One run: linearizable, with faults injected and work done (not a vacuous pass over failed calls). */
    private void staysLinearizable(TestSpec spec) {
        RunResult run = run(spec);
        assertThat(run.result(LinearizabilityChecker.NAME).orElseThrow().verdict())
                .as("%s; reproduce with: %s", describe(run), run.reproduceCommand()).isEqualTo(Verdict.VALID);
        assertThat(run.stats().faults()).as("faults injected").isPositive();
        assertThat(run.stats().ok()).as("calls that succeeded").isGreaterThanOrEqualTo(20);
    }

    /** Runs seeds 1, 2, … until a history shows {@code anomaly}; fails after {@link Pace#attempts} runs. */
    private RunResult caught(TestSpec buggy, String anomaly) {
        return caught(buggy, anomaly, pace().attempts());
    }

    private RunResult caught(TestSpec buggy, String anomaly, int attempts) {
        TestSpec spec = buggy.withCheckers(CHEAP_CHECKERS);
        List<String> misses = new ArrayList<>();
        for (int seed = 1; seed <= attempts; seed++) {
            RunResult run = run(spec.withSeed(seed));
            if (run.summary().anomalies().stream().anyMatch(found -> found.kind().equals(anomaly))) {
                System.out.println(runtime() + ": " + spec.testName() + ": " + anomaly + " in run " + seed
                        + "; reproduce with: " + run.reproduceCommand());
                assertThat(run.verdict()).isEqualTo(Verdict.INVALID);
                return run;
            }
            misses.add("seed " + seed + ": " + describe(run));
        }
        throw new AssertionError(anomaly + " not caught within " + attempts + " runs of "
                + spec.testName() + " in " + runtime() + ": " + String.join("; ", misses));
    }

    /** What a run showed, in one line: the strongest model it satisfies and the kinds of anomaly found. */
    private static String describe(RunResult run) {
        return run.summary().statement() + ", anomalies " + run.summary().anomalies().stream()
                .map(found -> found.kind()).distinct().toList() + ", " + run.stats().ok() + " ok calls";
    }
}
