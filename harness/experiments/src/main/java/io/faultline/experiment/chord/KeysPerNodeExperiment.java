package io.faultline.experiment.chord;

import io.faultline.experiment.Experiment;
import io.faultline.experiment.ExperimentReport;
import io.faultline.experiment.ExperimentSettings;
import io.faultline.experiment.Plot;
import io.faultline.experiment.Plot.Point;
import io.faultline.experiment.Plot.Series;
import io.faultline.experiment.Plot.Style;
import io.faultline.experiment.Plot.Tick;
import io.faultline.experiment.SizeOption;
import io.faultline.experiment.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Chord §6.2, Fig. 8(a): keys per node in a 10^4-node network holding 10^5 … 10^6 keys, from the SHA-1
 * identifiers ({@link KeyLoad}). The paper, at 5×10^5 keys: 1st percentile 0, 99th percentile 4.6× the mean,
 * maximum 9.1× the mean.
 */
public final class KeysPerNodeExperiment implements Experiment {

    static final int STEPS = 10;

    @Override
    public String name() {
        return "chord-keys-per-node";
    }

    @Override
    public String description() {
        return "Chord §6.2 Fig. 8a: 1st/99th percentile and maximum keys per node, 10^4 nodes, 10^5 … 10^6 keys";
    }

    @Override
    public List<SizeOption> sizeOptions() {
        return List.of(
                new SizeOption("nodes", 10_000, 10, 100_000, "nodes in the network"),
                new SizeOption("keys", 1_000_000, STEPS, 10_000_000, "the most keys; rows at tenths of it"),
                new SizeOption("trials", 10, 1, 100, "networks per row (the paper used 20)"));
    }

    @Override
    public ExperimentReport run(ExperimentSettings settings, Consumer<String> progress) {
        int nodes = settings.intSize("nodes");
        int keys = settings.intSize("keys");
        int trials = settings.intSize("trials");
        long[][][] counts = new long[STEPS][trials][];
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int t = 0; t < trials; t++) {
            progress.accept("chord-keys-per-node: network " + (t + 1) + " of " + trials);
            KeyLoad network = KeyLoad.trial(nodes, keys, random.split());
            int[] owners = network.owners(1);
            for (int step = 0; step < STEPS; step++) {
                counts[step][t] = network.countFirst(owners, keysAt(keys, step));
            }
        }
        Table table = Table.of("keys", "mean", "p1", "p99", "max", "p1_over_mean", "p99_over_mean", "max_over_mean");
        List<List<Point>> lines = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Tick> ticks = new ArrayList<>(List.of(new Tick(0, "0")));
        for (int step = 0; step < STEPS; step++) {
            Load load = Load.of(counts[step]);
            int k = keysAt(keys, step);
            table = table.withRow(k, Table.fixed(load.mean(), 1), (long) load.p1(), (long) load.p99(),
                    Table.fixed(load.meanMax(), 1), Table.fixed(load.p1() / load.mean(), 2),
                    Table.fixed(load.p99() / load.mean(), 2), Table.fixed(load.meanMax() / load.mean(), 2));
            double x = k / 1e5;
            lines.get(0).add(new Point(x, load.mean()));
            lines.get(1).add(new Point(x, load.p1()));
            lines.get(2).add(new Point(x, load.p99()));
            lines.get(3).add(new Point(x, load.meanMax()));
            ticks.add(new Tick(x, Table.fixed(x, x == Math.rint(x) ? 0 : 1)));
        }
        Plot plot = new Plot("Chord Fig. 8(a): keys per node, " + nodes + " nodes", "total keys (× 10^5)",
                "keys per node", ticks, List.of(new Series("mean", lines.get(0), Style.MEASURED),
                        new Series("1st percentile", lines.get(1), Style.MEASURED),
                        new Series("99th percentile", lines.get(2), Style.MEASURED),
                        new Series("maximum (mean of trials)", lines.get(3), Style.MEASURED),
                        new Series("paper: 99th pct 4.6× mean", paperLine(keys, nodes, 4.6), Style.REFERENCE),
                        new Series("paper: max 9.1× mean", paperLine(keys, nodes, 9.1), Style.REFERENCE)));
        Load half = Load.of(counts[STEPS / 2 - 1]);
        return new ExperimentReport(name(), table, plot, notes(table, half, trials));
    }

    static int keysAt(int keys, int step) {
        return (int) ((long) keys * (step + 1) / STEPS);
    }

    private static List<Point> paperLine(int keys, int nodes, double timesMean) {
        return List.of(new Point(0, 0), new Point(keys / 1e5, timesMean * keys / nodes));
    }

    private static List<String> notes(Table table, Load half, int trials) {
        List<String> row = table.rows().get(STEPS / 2 - 1);
        return List.of(
                "Paper (Stoica et al. 2001, §6.2 Fig. 8a), 10^4 nodes and 5×10^5 keys: 1st percentile 0, 99th "
                        + "percentile 4.6× the mean, maximum 9.1× the mean (457 keys).",
                "Here at " + row.get(0) + " keys: 1st percentile " + row.get(2) + ", 99th percentile " + row.get(6)
                        + "× the mean, maximum " + row.get(7) + "× the mean (one network's maximum ranged from "
                        + Table.fixed(half.lowestMax() / half.mean(), 2) + "× to "
                        + Table.fixed(half.highestMax() / half.mean(), 2) + "×).",
                "Percentiles pool the per-node counts of " + trials + " networks; max is the mean over networks of "
                        + "each network's largest load. Identifiers are SHA-1 (ChordId); no messages are involved.");
    }
}
