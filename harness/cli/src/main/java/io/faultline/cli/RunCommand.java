package io.faultline.cli;

import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.SpecException;
import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline run}: one test, from a cluster to a checked, stored history, and the command that replays it. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a system under a workload and faults, record the history, check it, and store it.",
            "Every choice derives from --seed: the same command writes the same history."},
        footer = {"", "Exit codes: 0 every check valid, 1 a check found a violation,",
            "2 a check could not finish, 3 bad input (an unknown name lists the valid ones)."})
final class RunCommand implements Callable<Integer> {
    private static final TestSpec DEFAULTS = TestSpec.defaults();

    @Spec
    CommandSpec spec;

    @Option(names = "--system", paramLabel = "NAME",
            description = "the system under test: raft, quorum, primary-backup, chord; maelstrom for a --bin program"
                    + " (default: raft, or maelstrom with --bin)")
    String system;

    @Option(names = "--bug", paramLabel = "NAME", description = "switch on a bug of the system; repeatable")
    List<String> bugs = List.of();

    @Option(names = "--option", paramLabel = "NAME=VALUE",
            description = "a system option, e.g. reads=index; repeatable")
    Map<String, String> systemOptions = Map.of();

    @Option(names = "--workload", defaultValue = "register", paramLabel = "NAME",
            description = "what clients do: register, kv, set, lookup (default: ${DEFAULT-VALUE})")
    String workload;

    @Option(names = "--workload-option", paramLabel = "NAME=VALUE", description = "a workload option, e.g. keys=20")
    Map<String, String> workloadOptions = Map.of();

    @Option(names = "--nemesis", defaultValue = "none", paramLabel = "NAMES",
            description = "faults, comma-separated and taken in turn: partition, kill, kill-all, pause, latency,"
                    + " loss, bandwidth, clock, churn, fail-fraction, partition-heal, or none; options after colons,"
                    + " e.g. fail-fraction:p=0.3, partition:shape=halves (default: ${DEFAULT-VALUE})")
    String nemeses;

    @Option(names = "--time-limit", converter = Durations.class, paramLabel = "DURATION",
            description = "how long the main phase runs (default: 30s; virtual time in the simulator)")
    Duration timeLimit = DEFAULTS.timeLimit();

    @Option(names = "--seed", paramLabel = "N",
            description = "the seed every random choice derives from (default: a fresh one, printed)")
    Long seed;

    @Option(names = "--nodes", paramLabel = "N", description = "cluster size (default: 5)")
    int nodes = DEFAULTS.nodeCount();

    @Option(names = "--rate", paramLabel = "OPS", description = "client ops per second, over all workers (default: 50)")
    double rate = DEFAULTS.ratePerSecond();

    @Option(names = "--concurrency", paramLabel = "N", description = "client workers (default: 5)")
    int concurrency = DEFAULTS.concurrency();

    @Option(names = "--runtime", defaultValue = "sim", paramLabel = "NAME",
            description = "where nodes run (default: ${DEFAULT-VALUE})")
    String runtime;

    @Option(names = "--bin", paramLabel = "PATH",
            description = "with --runtime maelstrom: the Maelstrom node program to run on every node; its arguments"
                    + " go after --")
    String bin;

    @Parameters(paramLabel = "ARGS", description = "after --: the arguments of the --bin program")
    List<String> binArgs = List.of();

    @Option(names = "--nemesis-interval", converter = Durations.class, paramLabel = "DURATION",
            description = "how long each fault and each quiet spell lasts (default: 5s)")
    Duration nemesisInterval = DEFAULTS.nemesisInterval();

    @Option(names = "--client-timeout", converter = Durations.class, paramLabel = "DURATION",
            description = "how long a client waits before recording info (default: 1s)")
    Duration clientTimeout = DEFAULTS.clientTimeout();

    @Option(names = "--recovery-time", converter = Durations.class, paramLabel = "DURATION",
            description = "quiet time between healing and the final reads (default: 2s)")
    Duration recoveryTime = DEFAULTS.recoveryTime();

    @Option(names = "--checks", split = ",", paramLabel = "NAME",
            description = "only these checks, comma-separated (default: every check of the workload)")
    List<String> checks = List.of();

    @Option(names = "--check-time-limit", converter = Durations.class, paramLabel = "DURATION",
            description = "time limit for each check; past it the verdict is unknown (default: 1m)")
    Duration checkTimeLimit = DEFAULTS.checkTimeLimit();

    @Option(names = "--store", paramLabel = "DIR", description = "where runs are kept (default: store)")
    Path store = DEFAULTS.storeDir();

    @Option(names = "--name", paramLabel = "NAME",
            description = "the test's name in the store (default: from its parts)")
    String name = "";

    @Override
    public Integer call() {
        TestSpec test = testSpec();
        RunResult result;
        try {
            result = Runner.run(test, TerminalProgress.forTerminal());
        } catch (SpecException e) {
            throw new UsageException(e.getMessage());
        }
        new RunReport(result).print(spec.commandLine().getOut());
        return result.verdict().exitCode();
    }

    /** The spec this command line describes; a value out of range is a one-line usage error. */
    TestSpec testSpec() {
        try {
            return new TestSpec(name, systemOrDefault(), new TreeMap<>(systemOptions), new TreeSet<>(bugs), nodes,
                    runtime, workload, new TreeMap<>(workloadOptions), List.of(nemeses), nemesisInterval, timeLimit,
                    rate, concurrency, clientTimeout, recoveryTime, checks, checkTimeLimit, seedOrFresh(), store,
                    program());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A program run tests "whatever --bin is" unless told which system that is ({@code --system raft}). */
    private String systemOrDefault() {
        if (system != null) {
            return system;
        }
        return bin == null ? DEFAULTS.system() : "maelstrom";
    }

    /** {@code --bin PATH -- ARGS} as one list; arguments without a program are a mistake. */
    private List<String> program() {
        if (bin == null) {
            if (!binArgs.isEmpty()) {
                throw new UsageException("unexpected arguments " + binArgs + ": only a --bin program takes arguments"
                        + " (after --)");
            }
            return List.of();
        }
        List<String> program = new java.util.ArrayList<>(List.of(bin));
        program.addAll(binArgs);
        return program;
    }

    /** A fresh seed is the harness's choice, not the run's: it is printed, and the run replays from it. */
    private long seedOrFresh() {
        return seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
    }
}
