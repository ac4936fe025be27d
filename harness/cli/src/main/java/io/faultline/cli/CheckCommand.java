package io.faultline.cli;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.CheckSuite;
import io.faultline.histories.check.HistoryRequirement;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.codec.Format;
import io.faultline.histories.codec.Histories;
import io.faultline.histories.model.Model;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faultline check}: which consistency models a recorded history satisfies. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check a recorded history against consistency models, strongest first:",
            "linearizable, sequential, session-guarantees, eventual, stale-reads."},
        footer = {"", "Exit codes: 0 every check valid, 1 a check found a violation, 2 a check could not finish",
            "or had too little data, 3 bad input, 4 an internal error. When the history is linearizable, the",
            "weaker models are implied and the exit code is 0. A failed linearizability check writes an HTML",
            "timeline of the counterexample."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "HISTORY", description = "the history file")
    Path history;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto, jsonl, edn, porcupine-etcd or porcupine-kv (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--model", defaultValue = "auto", paramLabel = "MODEL",
            description = "the data type: auto, register, cas-register, kv, porcupine-kv or set (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--initial-value", paramLabel = "V", description = "registers' initial value: nil (default), a number or a string")
    String initialValue;

    @Option(names = "--nil-reads-legal", description = "Knossos's convention: a read of nil is legal in any state")
    boolean nilReadsLegal;

    @Option(names = "--checks", split = ",", defaultValue = "all", paramLabel = "NAME",
            description = "comma-separated checks to run: all, or any of linearizable, sequential, session-guarantees, eventual, stale-reads")
    List<String> checks;

    @Option(names = "--time-limit", defaultValue = "30s", converter = Durations.class, paramLabel = "DURATION",
            description = "time limit for each check (default: ${DEFAULT-VALUE}); past it the verdict is unknown")
    Duration timeLimit;

    @Option(names = "--memory-limit", converter = ByteSizes.class, paramLabel = "SIZE",
            description = "memory ceiling for each check's search, e.g. 512m (default: a quarter of the heap)")
    Long memoryLimit;

    @Option(names = "--out", paramLabel = "PATH",
            description = "where to write the counterexample HTML: a file, or a directory (default: next to the history)")
    Path out;

    @Option(names = "--results", paramLabel = "FILE", description = "also write every result as JSON to FILE")
    Path resultsJson;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Format chosenFormat = format.equals("auto") ? Format.detect(history) : parseFormat();
        History h = Histories.read(history, chosenFormat, w -> spec.commandLine().getErr().println("warning: " + w));
        Object initial = InitialValues.parse(initialValue);
        Model<?> m = ModelChoice.resolve(model, chosenFormat, h,
                new ModelChoice.Settings(initial, nilReadsLegal));
        List<CheckResult> results = suite(m).run(h, budget());
        h.notes().forEach(n -> stdout.println("note     " + n));
        CheckReport report = new CheckReport(history, chosenFormat, h, m, results);
        report.print(stdout);
        report.writeCounterexample(out, stdout, spec.commandLine().getErr());
        if (resultsJson != null) {
            report.writeJson(resultsJson);
        }
        return results.stream().map(CheckResult::verdict).reduce(Verdict.VALID, Verdict::merge).exitCode();
    }

    private Format parseFormat() {
        try {
            return Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private CheckSuite suite(Model<?> m) {
        // a history in which nothing succeeded tested nothing, whatever its checks say
        CheckSuite all = CheckSuite.standard(m).requiring(List.of(HistoryRequirement.anyOk()));
        if (checks.equals(List.of("all"))) {
            return all;
        }
        try {
            return all.only(checks);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Budget budget() {
        Budget b = Budget.defaults().withTimeLimit(timeLimit);
        return memoryLimit == null ? b : b.withMemoryBytes(memoryLimit);
    }
}
