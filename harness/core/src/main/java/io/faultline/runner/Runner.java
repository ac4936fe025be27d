package io.faultline.runner;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.weak.ConsistencySummary;
import io.faultline.histories.check.weak.Summary;
import io.faultline.histories.codec.JsonlWriter;
import io.faultline.nemesis.CombinedNemesis;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.MessageCounting;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.runtime.RuntimeUnavailableException;
import io.faultline.runtime.Seeds;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.Interpreter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link TestSpec} through the phases its Javadoc lists (Jepsen's {@code core/run!}) and returns it with its
 * history and verdicts. Single-threaded: everything between starting the cluster and closing it happens on the
 * cluster's event loop, in virtual time under the simulator, so the same spec writes the same history.
 */
public final class Runner {
    /** Looked up once: a sweep stores thousands of runs, and the class path does not change between them. */
    private static final Optional<RunReportWriter> REPORT_WRITER = RunReportWriter.installed();

    private Runner() {
    }

    /**
     * Looks up every name {@code spec} uses (system, bugs, workload and its options, checks, nemeses, runtime)
     * without starting anything, so that a sweep or a comparison can refuse a misspelt name before its first run.
     *
     * @throws SpecException naming the unknown name and the known ones
     */
    public static void resolve(TestSpec spec) {
        ResolvedTest.of(spec);
    }

    /**
     * Runs the test.
     *
     * @throws SpecException if the spec names something unknown, asks for a fault its runtime cannot inflict, or
     *                       its runtime cannot run on this machine; nothing is stored then
     */
    public static RunResult run(TestSpec spec) {
        return run(spec, RunListener.NONE);
    }

    /**
     * Runs the test, telling {@code listener} how it goes (progress displays; it cannot change the run).
     *
     * @throws SpecException as {@link #run(TestSpec)}
     */
    public static RunResult run(TestSpec spec, RunListener listener) {
        ResolvedTest test = ResolvedTest.of(spec);
        DeferredLog log = new DeferredLog();
        // the run's directory exists before the cluster starts, so that a real runtime can keep its nodes' data
        // and logs in it; a cluster that cannot start or cannot run the spec takes it away again
        RunStore store = spec.isStored() ? RunStore.create(spec) : null;
        RuntimeSettings settings = (store != null ? new RuntimeSettings(spec.seed(), log).withRunDir(store.dir())
                : RuntimeSettings.quiet(spec.seed())).withBin(spec.bin());
        CombinedNemesis nemesis = new CombinedNemesis(test.nemeses(), Seeds.derive(spec.seed(), "nemesis"));
        Recorded recorded;
        try (log; Cluster cluster = startCluster(test, settings, nemesis, store)) {
            if (store != null) {
                openStore(store, test, log);
            }
            recorded = record(test, cluster, nemesis, store, log, listener);
        }
        // the cluster is gone before the checkers start: they may need all the memory there is
        listener.checking(test.checks().names().size());
        RunResult result = check(test, recorded);
        listener.finished(result);
        return result;
    }

    /** Phase 2: the cluster, able to inflict every fault asked for; otherwise nothing of the run is kept. */
    private static Cluster startCluster(ResolvedTest test, RuntimeSettings settings, CombinedNemesis nemesis,
                                        RunStore store) {
        Cluster cluster = null;
        try {
            cluster = test.runtime().create(settings).start(test.cluster());
            requireCapabilities(nemesis, cluster);
            return cluster;
        } catch (RuntimeException e) {
            if (cluster != null) {
                cluster.close();
            }
            if (store != null) {
                store.delete();
            }
            // a spec the runtime cannot run (a bad program, a system it cannot host, a missing tool) is one line
            boolean userError = e instanceof RuntimeUnavailableException || e instanceof IllegalArgumentException
                    || e instanceof UnsupportedOperationException;
            throw userError ? new SpecException(e.getMessage()) : e;
        }
    }

    /** What phases 3–7 leave for the checkers: the history, whether it finished, and where it is stored. */
    private record Recorded(History history, boolean finished, RunStore store, long nodeMessages) {
    }

    private static void requireCapabilities(CombinedNemesis nemesis, Cluster cluster) {
        try {
            nemesis.requireCapabilities(cluster);
        } catch (UnsupportedOperationException e) {
            throw new SpecException(e.getMessage());
        }
    }

    /** Phase 3: the spec and the seed in the run's directory, and the runtime's log from now on. */
    private static void openStore(RunStore store, ResolvedTest test, DeferredLog log) {
        TestSpec spec = test.spec();
        StoreJson.writeSpec(store.file("test.json"), spec, test.runtime().clock());
        writeSeed(store, spec);
        log.writeTo(store.file(logName(spec)));
    }

    /** Phases 4–7: the main phase, healing, recovery and final reads, each op recorded as it happens. */
    private static Recorded record(ResolvedTest test, Cluster cluster, CombinedNemesis nemesis, RunStore store,
                                   DeferredLog log, RunListener listener) {
        TestSpec spec = test.spec();
        long start = cluster.loop().now();
        listener.started(spec, test.runtime().clock(), start);
        Generator plan = TestPlan.of(spec, test.workload(), test.options(), nemesis, start);
        Interpreter interpreter = new Interpreter(plan, spec.concurrency(), Seeds.derive(spec.seed(), "generator"));
        JsonlWriter file = store == null ? null : JsonlWriter.open(store.file("history.jsonl"), true);
        try (HistoryRecorder history = new HistoryRecorder(spec.testName(), file, listener)) {
            RunDriver driver = new RunDriver(cluster, interpreter, test.workload().client(test.options()),
                    new ClientEndpoints(cluster, test.system()), nemesis, history);
            boolean finished = driver.run(TestPlan.deadlineNanos(spec, start));
            if (!finished) {
                log.accept("the run reached its deadline with ops outstanding; they count as unknown");
            }
            long messages = cluster instanceof MessageCounting counting ? counting.nodeMessagesSent() : -1;
            return new Recorded(history.history(), finished, store, messages);
        }
    }

    /** Phases 8–9: every checker on the history, then the results and reports in the store. */
    private static RunResult check(ResolvedTest test, Recorded recorded) {
        TestSpec spec = test.spec();
        Budget budget = Budget.defaults().withTimeLimit(spec.checkTimeLimit());
        List<CheckResult> results = test.checks().run(recorded.history(), budget);
        Verdict verdict = results.stream().map(CheckResult::verdict).reduce(Verdict.VALID, Verdict::merge);
        Summary summary = ConsistencySummary.of(results);
        RunStats stats = RunStats.of(recorded.history()).withNodeMessages(recorded.nodeMessages());
        Optional<RunFiles> files = Optional.ofNullable(recorded.store())
                .map(s -> storeResults(s, spec, recorded.history(), results, summary, stats));
        return new RunResult(spec, test.runtime().clock(), recorded.history(), results, verdict, summary, stats,
                recorded.finished(), files);
    }

    private static RunFiles storeResults(RunStore store, TestSpec spec, History history, List<CheckResult> results,
                                         Summary summary, RunStats stats) {
        StoreJson.writeResults(store.file("results.json"), spec, summary, stats, results);
        List<Path> counterexamples = Reports.writeCounterexamples(store, spec, results);
        Path timeline = Reports.writeTimeline(store, spec, history);
        Optional<Path> report = REPORT_WRITER.map(writer -> writer.write(store.dir(), history));
        store.markLatest();
        return new RunFiles(store.dir(), store.file("history.jsonl"), store.file("results.json"), timeline,
                counterexamples, store.file(logName(spec)), report);
    }

    private static String logName(TestSpec spec) {
        return "logs/" + spec.runtime() + ".log";
    }

    private static void writeSeed(RunStore store, TestSpec spec) {
        try {
            Files.writeString(store.file("seed"), spec.seed() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
