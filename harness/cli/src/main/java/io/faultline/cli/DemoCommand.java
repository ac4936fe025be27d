package io.faultline.cli;

import io.faultline.runner.Reproduce;
import io.faultline.runner.RunListener;
import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code faultline demo}: every system against no faults, partitions and crashes, in the simulator, in well under
 * a minute, as one comparison table. The point is the contrast: Raft keeps linearizability through every fault,
 * the weaker designs lose writes or serve stale reads, and each finding comes with its counterexample and seed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Every system under no faults, partitions and crashes: one comparison table.",
            "Runs raft, quorum and primary-backup in the simulator and prints the strongest consistency",
            "model each kept, the anomalies found, availability and latency. Every row is stored, and",
            "replays with the printed command."},
        footer = {"", "Exit codes: 0 the demo ran (violations in weak systems are its point), 3 bad input."})
final class DemoCommand implements Callable<Integer> {
    static final List<String> SYSTEMS = List.of("raft", "quorum", "primary-backup");
    static final List<String> FAULTS = List.of("none", "partition", "kill");

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", description = "the seed of every row (default: 1)")
    long seed = 1;

    @Option(names = "--time-limit", converter = Durations.class, paramLabel = "DURATION",
            description = "virtual time of each row's main phase (default: 10s)")
    Duration timeLimit = Duration.ofSeconds(10);

    @Option(names = "--store", paramLabel = "DIR", description = "where runs are kept (default: store)")
    Path store = Path.of("store");

    @Option(names = "--threads", paramLabel = "N", description = "rows run at once (default: 2)")
    int threads = 2;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        long startNanos = System.nanoTime();
        List<TestSpec> rows = rows();
        out.printf("faultline demo: %d systems x %d fault kinds, seed %d, %s of virtual time each, in the simulator%n",
                SYSTEMS.size(), FAULTS.size(), seed, Reproduce.duration(timeLimit));
        out.flush();
        List<RunResult> results = runAll(rows);
        new DemoTable(results).print(out);
        out.printf("%nwall time %.1f s. Replay any row with: %s (change --system and --nemesis)%n",
                (System.nanoTime() - startNanos) / 1e9, results.get(0).reproduceCommand());
        return ExitCodes.VALID;
    }

    /**
     * One spec per system and fault kind: a fault every second, 25 ops a second (few enough that the weaker checks
     * can decide), five seconds per check (the sequential search on weak histories can take much longer).
     */
    List<TestSpec> rows() {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, not " + threads);
        }
        List<TestSpec> rows = new ArrayList<>();
        for (String system : SYSTEMS) {
            for (String faults : FAULTS) {
                rows.add(TestSpec.defaults().withSystem(system).withNemeses(faults).withTimeLimit(timeLimit)
                        .withRatePerSecond(25).withNemesisInterval(Duration.ofSeconds(1))
                        .withCheckTimeLimit(Duration.ofSeconds(5)).withSeed(seed).withStoreDir(store));
            }
        }
        return rows;
    }

    private List<RunResult> runAll(List<TestSpec> rows) throws InterruptedException {
        SweepProgress progress = SweepProgress.forTerminal("demo", rows.size());
        if (progress != null) {
            progress.start();
        }
        RunListener listener = SweepProgress.listenerFor(progress);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<RunResult>> running = rows.stream().map(row -> pool.submit(() -> Runner.run(row, listener)))
                    .toList();
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> run : running) {
                results.add(join(run));
            }
            return results;
        }
    }

    private static RunResult join(Future<RunResult> run) throws InterruptedException {
        try {
            return run.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
