package io.faultline.cli;

import io.faultline.experiment.Experiment;
import io.faultline.experiment.ExperimentReport;
import io.faultline.experiment.ExperimentSettings;
import io.faultline.experiment.Experiments;
import io.faultline.experiment.ReportFiles;
import io.faultline.experiment.SizeOption;
import io.faultline.experiment.Stopwatch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code faultline experiment NAME}: reproduces a published figure in the simulator, prints its table, and writes
 * NAME.csv, NAME.svg and NAME.txt. Without a name it lists the experiments and the size options each takes.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reproduce a paper's figure in the simulator: print a table, write a CSV and an SVG plot.",
            "Without NAME: list the experiments and their size options. The same --seed and sizes give",
            "the same files, byte for byte."},
        footer = {"", "Exit codes: 0 the experiment ran, 3 bad input (unknown name, size out of range)."})
final class ExperimentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the experiment, e.g. chord-path-length")
    String name;

    @Option(names = "--seed", paramLabel = "N", description = "the seed of every random choice (default: 1)")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "where the files go (default: store/experiments/NAME)")
    Path out;

    @Option(names = "--min-exponent", paramLabel = "K", description = "chord-path-length: smallest ring 2^K nodes")
    Long minExponent;

    @Option(names = "--max-exponent", paramLabel = "K", description = "chord-path-length: largest ring 2^K nodes")
    Long maxExponent;

    @Option(names = "--nodes", paramLabel = "N", description = "nodes (real nodes) in the network")
    Long nodes;

    @Option(names = "--keys", paramLabel = "N", description = "keys stored (chord-keys-per-node: the most)")
    Long keys;

    @Option(names = "--lookups", paramLabel = "N", description = "lookups per ring")
    Long lookups;

    @Option(names = "--trials", paramLabel = "N", description = "networks per row")
    Long trials;

    @Option(names = "--max-virtual", paramLabel = "N", description = "chord-virtual-nodes: most virtual nodes per node")
    Long maxVirtual;

    @Option(names = "--max-lookup-steps", paramLabel = "N",
            description = "chord-failed-lookups: asks before a lookup gives up")
    Long maxLookupSteps;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            list(out);
            return ExitCodes.VALID;
        }
        Experiment experiment = Experiments.named(name);
        ExperimentSettings settings = ExperimentSettings.resolve(experiment, seed, given());
        out.println("faultline experiment " + name + ": " + experiment.description());
        out.println("seed " + seed + ", " + settings.sizes());
        out.flush();
        Stopwatch watch = Stopwatch.start();
        ExperimentReport report = experiment.run(settings, line -> {
            out.println(line);
            out.flush();
        });
        String took = watch.toString();
        Path folder = this.out != null ? this.out : Path.of("store", "experiments", name);
        out.println();
        out.print(report.text());
        out.println();
        ReportFiles.write(report, folder).forEach(path -> out.println("wrote " + path));
        out.printf("took %s. Reproduce with: ./faultline experiment %s --seed %d%s%n", took, name, seed,
                sizeFlags(settings));
        return ExitCodes.VALID;
    }

    /** The size options set on the command line, by name without dashes. */
    private Map<String, Long> given() {
        Map<String, Long> given = new TreeMap<>();
        put(given, "min-exponent", minExponent);
        put(given, "max-exponent", maxExponent);
        put(given, "nodes", nodes);
        put(given, "keys", keys);
        put(given, "lookups", lookups);
        put(given, "trials", trials);
        put(given, "max-virtual", maxVirtual);
        put(given, "max-lookup-steps", maxLookupSteps);
        return given;
    }

    private static void put(Map<String, Long> given, String option, Long value) {
        if (value != null) {
            given.put(option, value);
        }
    }

    private static String sizeFlags(ExperimentSettings settings) {
        StringBuilder flags = new StringBuilder();
        new TreeMap<>(settings.sizes()).forEach((option, value) -> flags.append(" --").append(option).append(' ').append(value));
        return flags.toString();
    }

    private static void list(PrintWriter out) {
        out.println("experiments (run one with: ./faultline experiment NAME [--seed N] [--out DIR] [sizes]):");
        for (Experiment experiment : Experiments.all()) {
            out.println();
            out.println("  " + experiment.name() + ": " + experiment.description());
            for (SizeOption option : experiment.sizeOptions()) {
                out.printf("    --%-17s %s (default %d, %d … %d)%n", option.name(), option.meaning(),
                        option.defaultValue(), option.min(), option.max());
            }
        }
    }
}
