package io.faultline.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A test as a value (Jepsen's test map): which system, how it is broken, what clients do, which faults, for how
 * long, from which seed. Immutable; change it with the withers. {@link Runner#run} takes it and returns it with the
 * history and the verdicts ({@link RunResult}); {@code test.json} in the store is this record.
 *
 * <p>The runner's phases, in order:
 * <ol>
 *   <li><b>resolve</b>: look up the system, its bugs, the workload, the nemeses and the runtime by name (a bad name
 *       fails here, in one line, before anything starts);</li>
 *   <li><b>start</b> the cluster through the runtime, in the run's directory (created now, removed again if the
 *       cluster cannot start), and check that it can inflict every requested fault;</li>
 *   <li><b>open the store</b>: {@code store/<test>/<timestamp>/} gets {@code test.json}, {@code seed}, and
 *       {@code history.jsonl}, written one flushed line per op from here on;</li>
 *   <li><b>main phase</b>, {@link #timeLimit()} long: the workload's ops at {@link #ratePerSecond()} from
 *       {@link #concurrency()} workers, interleaved with the nemesis schedule (quiet, fault, heal, quiet, … every
 *       {@link #nemesisInterval()}), all on the cluster's event loop (virtual time in the simulator);</li>
 *   <li><b>heal</b>: at the time limit the schedule heals any fault still in force;</li>
 *   <li><b>recover</b>: a quiet {@link #recoveryTime()} for the system to converge;</li>
 *   <li><b>final reads</b>: the workload's final generator, every worker reading what the system kept;</li>
 *   <li><b>check</b>: every checker of the workload on the history, each within {@link #checkTimeLimit()};</li>
 *   <li><b>store</b>: {@code results.json}, the counterexample and history timelines (HTML), {@code logs/}, the
 *       run report {@code report.html}, and the {@code store/latest} link.</li>
 * </ol>
 *
 * @param name            the test's name in the store; blank for one made of system, bugs, workload and nemeses
 * @param system          the system under test, by registry name: {@code raft}, {@code quorum}, …
 * @param systemOptions   options passed to every node ({@code reads=index}, {@code n=3})
 * @param bugs            bug switches to turn on ({@code stale-follower-reads}, {@code w=1})
 * @param nodeCount       nodes in the cluster, named {@code n1 … n<count>}
 * @param runtime         where the cluster runs, by registry name: {@code sim}
 * @param workload        what clients do, by registry name: {@code register}, {@code kv}, {@code set}
 * @param workloadOptions the workload's own options ({@code keys=20})
 * @param nemeses         fault kinds by name, taken in turn; empty for none (an element may be a comma list, as
 *                        typed after {@code --nemesis}: {@code partition,kill})
 * @param nemesisInterval how long each fault, and each quiet spell between faults, lasts
 * @param timeLimit       how long the main phase runs
 * @param ratePerSecond   mean client ops started per second, over all workers (Poisson arrivals)
 * @param concurrency     client workers; worker {@code w}'s process {@code p} talks to node {@code p mod nodeCount}
 * @param clientTimeout   how long a client waits for a reply before recording {@code info}
 * @param recoveryTime    the quiet spell between healing and the final reads
 * @param checkers        the checks to run, by name; empty for every check of the workload
 * @param checkTimeLimit  each checker's budget; past it the verdict is unknown
 * @param seed            the one seed every random choice of the run derives from
 * @param storeDir        the store's root ({@code store}); {@code null} keeps nothing on disk (seed sweeps)
 * @param bin             the program each node runs, then its arguments ({@code --bin PATH -- ARGS}), for a runtime
 *                        that runs programs ({@code maelstrom}); empty for runtimes that host our own systems
 */
public record TestSpec(String name, String system, SortedMap<String, String> systemOptions, SortedSet<String> bugs,
                       int nodeCount, String runtime, String workload, SortedMap<String, String> workloadOptions,
                       List<String> nemeses, Duration nemesisInterval, Duration timeLimit, double ratePerSecond,
                       int concurrency, Duration clientTimeout, Duration recoveryTime, List<String> checkers,
                       Duration checkTimeLimit, long seed, Path storeDir, List<String> bin) {

    public TestSpec {
        name = name == null ? "" : name.trim();
        Objects.requireNonNull(system, "system");
        systemOptions = Collections.unmodifiableSortedMap(new TreeMap<>(systemOptions));
        bugs = Collections.unmodifiableSortedSet(new TreeSet<>(bugs));
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(workload, "workload");
        workloadOptions = Collections.unmodifiableSortedMap(new TreeMap<>(workloadOptions));
        nemeses = splitCommas(nemeses);
        checkers = splitCommas(checkers);
        requirePositive(nodeCount, "node count");
        requirePositive(concurrency, "concurrency");
        requirePositive(ratePerSecond, "rate");
        requirePositive(nemesisInterval, "nemesis interval");
        requirePositive(timeLimit, "time limit");
        requirePositive(clientTimeout, "client timeout");
        requirePositive(checkTimeLimit, "check time limit");
        bin = List.copyOf(bin);
        if (recoveryTime.isNegative()) {
            throw new IllegalArgumentException("the recovery time must not be negative, not " + recoveryTime);
        }
    }

    /** A spec without a program: the runtime hosts one of Faultline's own systems. */
    public TestSpec(String name, String system, SortedMap<String, String> systemOptions, SortedSet<String> bugs,
                    int nodeCount, String runtime, String workload, SortedMap<String, String> workloadOptions,
                    List<String> nemeses, Duration nemesisInterval, Duration timeLimit, double ratePerSecond,
                    int concurrency, Duration clientTimeout, Duration recoveryTime, List<String> checkers,
                    Duration checkTimeLimit, long seed, Path storeDir) {
        this(name, system, systemOptions, bugs, nodeCount, runtime, workload, workloadOptions, nemeses,
                nemesisInterval, timeLimit, ratePerSecond, concurrency, clientTimeout, recoveryTime, checkers,
                checkTimeLimit, seed, storeDir, List.of());
    }

    /**
     * Raft, five nodes in the simulator, the register workload, no faults, 30 s at 50 ops/s from five workers,
     * 1 s client timeout, 2 s recovery, a minute per checker, seed 0, stored under {@code store}.
     */
    public static TestSpec defaults() {
        return new TestSpec("", "raft", new TreeMap<>(), new TreeSet<>(), 5, "sim", "register", new TreeMap<>(),
                List.of(), Duration.ofSeconds(5), Duration.ofSeconds(30), 50, 5, Duration.ofSeconds(1),
                Duration.ofSeconds(2), List.of(), Duration.ofMinutes(1), 0, Path.of("store"), List.of());
    }

    /** The name runs are stored under: {@link #name()}, or one like {@code raft+no-fsync-register-partition+kill}. */
    public String testName() {
        if (!name.isEmpty()) {
            return name;
        }
        String systemPart = bugs.isEmpty() ? system : system + "+" + String.join("+", bugs);
        String faults = nemeses.isEmpty() ? "none" : String.join("+", nemeses);
        return systemPart + "-" + workload + "-" + faults;
    }

    /** Whether this run keeps its files ({@link #storeDir()} is set). */
    public boolean isStored() {
        return storeDir != null;
    }

    // Withers, one per component, in component order: each names the one component it changes.

    public TestSpec withName(String value) {
        return with(draft -> draft.name = value);
    }

    public TestSpec withSystem(String value) {
        return with(draft -> draft.system = value);
    }

    public TestSpec withSystemOptions(SortedMap<String, String> value) {
        return with(draft -> draft.systemOptions = value);
    }

    public TestSpec withBugs(SortedSet<String> value) {
        return with(draft -> draft.bugs = value);
    }

    public TestSpec withNodeCount(int value) {
        return with(draft -> draft.nodeCount = value);
    }

    public TestSpec withRuntime(String value) {
        return with(draft -> draft.runtime = value);
    }

    public TestSpec withWorkload(String value) {
        return with(draft -> draft.workload = value);
    }

    public TestSpec withWorkloadOptions(SortedMap<String, String> value) {
        return with(draft -> draft.workloadOptions = value);
    }

    public TestSpec withNemeses(List<String> value) {
        return with(draft -> draft.nemeses = value);
    }

    public TestSpec withNemesisInterval(Duration value) {
        return with(draft -> draft.nemesisInterval = value);
    }

    public TestSpec withTimeLimit(Duration value) {
        return with(draft -> draft.timeLimit = value);
    }

    public TestSpec withRatePerSecond(double value) {
        return with(draft -> draft.ratePerSecond = value);
    }

    public TestSpec withConcurrency(int value) {
        return with(draft -> draft.concurrency = value);
    }

    public TestSpec withClientTimeout(Duration value) {
        return with(draft -> draft.clientTimeout = value);
    }

    public TestSpec withRecoveryTime(Duration value) {
        return with(draft -> draft.recoveryTime = value);
    }

    public TestSpec withCheckers(List<String> value) {
        return with(draft -> draft.checkers = value);
    }

    public TestSpec withCheckTimeLimit(Duration value) {
        return with(draft -> draft.checkTimeLimit = value);
    }

    public TestSpec withSeed(long value) {
        return with(draft -> draft.seed = value);
    }

    public TestSpec withStoreDir(Path value) {
        return with(draft -> draft.storeDir = value);
    }

    public TestSpec withBin(List<String> value) {
        return with(draft -> draft.bin = value);
    }

    private TestSpec with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.spec();
    }

    /** A spec's components, copied so that a wither changes one and makes a new spec of them, checked as any. */
    private static final class Draft {
        String name;
        String system;
        SortedMap<String, String> systemOptions;
        SortedSet<String> bugs;
        int nodeCount;
        String runtime;
        String workload;
        SortedMap<String, String> workloadOptions;
        List<String> nemeses;
        Duration nemesisInterval;
        Duration timeLimit;
        double ratePerSecond;
        int concurrency;
        Duration clientTimeout;
        Duration recoveryTime;
        List<String> checkers;
        Duration checkTimeLimit;
        long seed;
        Path storeDir;
        List<String> bin;

        Draft(TestSpec spec) {
            name = spec.name;
            system = spec.system;
            systemOptions = spec.systemOptions;
            bugs = spec.bugs;
            nodeCount = spec.nodeCount;
            runtime = spec.runtime;
            workload = spec.workload;
            workloadOptions = spec.workloadOptions;
            nemeses = spec.nemeses;
            nemesisInterval = spec.nemesisInterval;
            timeLimit = spec.timeLimit;
            ratePerSecond = spec.ratePerSecond;
            concurrency = spec.concurrency;
            clientTimeout = spec.clientTimeout;
            recoveryTime = spec.recoveryTime;
            checkers = spec.checkers;
            checkTimeLimit = spec.checkTimeLimit;
            seed = spec.seed;
            storeDir = spec.storeDir;
            bin = spec.bin;
        }

        TestSpec spec() {
            return new TestSpec(name, system, systemOptions, bugs, nodeCount, runtime, workload, workloadOptions,
                    nemeses, nemesisInterval, timeLimit, ratePerSecond, concurrency, clientTimeout, recoveryTime,
                    checkers, checkTimeLimit, seed, storeDir, bin);
        }
    }

    /** With one more system option ({@code --option name=value}). */
    public TestSpec withSystemOption(String option, String value) {
        SortedMap<String, String> more = new TreeMap<>(systemOptions);
        more.put(option, value);
        return withSystemOptions(more);
    }

    /** With one more bug switched on ({@code --bug name}). */
    public TestSpec withBug(String bug) {
        SortedSet<String> more = new TreeSet<>(bugs);
        more.add(bug);
        return withBugs(more);
    }

    /** With the given nemeses, in turn order ({@code --nemesis partition,kill}). */
    public TestSpec withNemeses(String... names) {
        return withNemeses(List.of(names));
    }

    /** {@code ["partition,kill", "pause"]} as {@code [partition, kill, pause]}; {@code none} alone means none. */
    private static List<String> splitCommas(List<String> names) {
        List<String> split = names.stream().flatMap(n -> Arrays.stream(n.split(",")))
                .map(String::trim).filter(n -> !n.isEmpty()).toList();
        return split.equals(List.of("none")) ? List.of() : split;
    }

    private static void requirePositive(double value, String what) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("the " + what + " must be positive, not " + value);
        }
    }

    private static void requirePositive(Duration value, String what) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("the " + what + " must be positive, not " + value);
        }
    }
}
