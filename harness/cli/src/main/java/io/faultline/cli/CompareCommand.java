package io.faultline.cli;

import io.faultline.compare.CellResult;
import io.faultline.compare.CompareCsv;
import io.faultline.compare.CompareHtml;
import io.faultline.compare.Comparison;
import io.faultline.compare.Matrix;
import io.faultline.runner.Reproduce;
import io.faultline.runner.SpecException;
import io.faultline.runner.TestSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code faultline compare}: a matrix of systems × nemeses (× runtimes), run now or read from the store, as one
 * table in the terminal, in {@code compare.csv} and in {@code compare.html}. The answer to "which consistency does
 * each design really give under which faults, and at what cost".
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run (or read from the store) every system under every fault kind, and compare them:",
            "strongest consistency model kept, anomalies by kind, availability, latency, messages per call.",
            "Writes compare.html, compare.csv and runs.csv; the same seed writes the same compare.csv."},
        footer = {"", "Exit codes: 0 the comparison was made (violations are findings, not errors), 3 bad input."})
final class CompareCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Option(names = "--systems", split = ",", paramLabel = "NAMES",
            description = "rows; a system may carry bugs: raft+stale-follower-reads (default: ${DEFAULT-VALUE})",
            defaultValue = "raft,quorum,primary-backup,chord")
    List<String> systems;

    @Option(names = "--nemeses", split = ",", paramLabel = "NAMES",
            description = "columns; none, or faults joined by +: partition+kill (default: ${DEFAULT-VALUE})",
            defaultValue = "none,partition,kill,pause,latency")
    List<String> nemeses;

    @Option(names = "--runtimes", split = ",", paramLabel = "NAMES", defaultValue = "sim",
            description = "where the nodes run (default: ${DEFAULT-VALUE})")
    List<String> runtimes;

    @Option(names = "--workload", defaultValue = "register", paramLabel = "NAME",
            description = "what clients do (default: ${DEFAULT-VALUE})")
    String workload;

    @Option(names = "--time-limit", converter = Durations.class, paramLabel = "DURATION",
            description = "main phase of each run (default: 10s)")
    Duration timeLimit = Duration.ofSeconds(10);

    @Option(names = "--seed", paramLabel = "N",
            description = "the seed of every run (default: 1; with --from-store: the newest run of any seed)")
    Long seed;

    @Option(names = "--nodes", paramLabel = "N", description = "cluster size (default: 5)")
    int nodes = 5;

    @Option(names = "--rate", paramLabel = "OPS", description = "client ops per second (default: 25)")
    double rate = 25;

    @Option(names = "--nemesis-interval", converter = Durations.class, paramLabel = "DURATION",
            description = "how long each fault and each quiet spell lasts (default: 1s)")
    Duration nemesisInterval = Duration.ofSeconds(1);

    @Option(names = "--check-time-limit", converter = Durations.class, paramLabel = "DURATION",
            description = "each check's budget; past it a model is undecided (default: 5s)")
    Duration checkTimeLimit = Duration.ofSeconds(5);

    @Option(names = "--threads", paramLabel = "N", description = "runs at once (default: 2)")
    int threads = 2;

    @Option(names = "--from-store", description = "read each cell's newest run from the store instead of running it")
    boolean fromStore;

    @Option(names = "--store", paramLabel = "DIR", description = "where runs are kept (default: store)")
    Path store = Path.of("store");

    @Option(names = "--out", paramLabel = "DIR", description = "where the page and CSVs go (default: store/compare/<time>)")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Matrix matrix = matrix();
        List<CellResult> cells = fromStore ? Comparison.fromStore(matrix, seed) : runAll(matrix);
        Path dir = Files.createDirectories(out != null ? out : store.resolve("compare").resolve(LocalDateTime.now()
                .format(STAMP)));
        CompareCsv.write(dir.resolve("compare.csv"), CompareCsv.table(cells));
        CompareCsv.write(dir.resolve("runs.csv"), CompareCsv.runs(cells));
        Path page = CompareHtml.write(dir.resolve("compare.html"), matrix, cells, commandLine());
        new CompareTable(cells, matrix.runtimes().size() > 1).print(stdout);
        stdout.printf("%npage    %s%ntable   %s%nruns    %s%n", page, dir.resolve("compare.csv"), dir.resolve("runs.csv"));
        return ExitCodes.VALID;
    }

    Matrix matrix() {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, not " + threads);
        }
        try {
            TestSpec base = TestSpec.defaults().withWorkload(workload).withTimeLimit(timeLimit).withNodeCount(nodes)
                    .withRatePerSecond(rate).withNemesisInterval(nemesisInterval).withCheckTimeLimit(checkTimeLimit)
                    .withSeed(seed == null ? 1 : seed).withStoreDir(store);
            return new Matrix(runtimes, systems, nemeses, base);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private List<CellResult> runAll(Matrix matrix) throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int total = matrix.cells().size();
        err.printf("faultline compare: %d systems x %d fault kinds x %d runtime(s), seed %d, %s each, %d at a time%n",
                matrix.systems().size(), matrix.nemeses().size(), matrix.runtimes().size(), matrix.base().seed(),
                Reproduce.duration(timeLimit), threads);
        AtomicInteger done = new AtomicInteger();
        try {
            return Comparison.run(matrix, threads, cell -> {
                err.printf("  [%d/%d] %s %s: %s (%.1f s)%n", done.incrementAndGet(), total, cell.cell().system(),
                        cell.cell().nemesis(), cell.statement(), cell.wallSeconds());
                err.flush();
            });
        } catch (SpecException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** This comparison as a command: what the page's footer tells a reader to run to make it again. */
    private String commandLine() {
        List<String> words = new java.util.ArrayList<>(List.of("./faultline", "compare", "--systems",
                String.join(",", systems), "--nemeses", String.join(",", nemeses), "--runtimes",
                String.join(",", runtimes), "--workload", workload, "--time-limit", Reproduce.duration(timeLimit)));
        if (seed != null || !fromStore) {
            words.addAll(List.of("--seed", Long.toString(seed == null ? 1 : seed)));
        }
        if (fromStore) {
            words.add("--from-store");
        }
        return String.join(" ", words);
    }
}
