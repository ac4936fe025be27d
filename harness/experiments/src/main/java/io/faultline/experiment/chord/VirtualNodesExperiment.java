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
import java.util.stream.IntStream;

/**
 * Chord §6.2, Fig. 9: keys per real node when each of 10^4 real nodes runs v = 1 … 20 virtual nodes with
 * unrelated identifiers, 10^6 keys ({@link KeyLoad}). The paper: as v grows from 1 to 20 the 99th percentile
 * falls from 4.8× to 1.6× the mean and the 1st percentile rises from 0 to 0.5× the mean.
 */
public final class VirtualNodesExperiment implements Experiment {

    private static final List<Integer> VIRTUAL_NODES = List.of(1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20);

    @Override
    public String name() {
        return "chord-virtual-nodes";
    }

    @Override
    public String description() {
        return "Chord §6.2 Fig. 9: 1st/99th percentile keys per real node with 1 … 20 virtual nodes each";
    }

    @Override
    public List<SizeOption> sizeOptions() {
        return List.of(
                new SizeOption("nodes", 10_000, 10, 100_000, "real nodes in the network"),
                new SizeOption("keys", 1_000_000, 1, 10_000_000, "keys stored"),
                new SizeOption("max-virtual", 20, 1, 100, "the most virtual nodes per real node"),
                new SizeOption("trials", 3, 1, 100, "networks per row"));
    }

    /** The virtual node counts measured: the paper's range, up to {@code max}, always ending at {@code max}. */
    static List<Integer> counts(int max) {
        List<Integer> counts = new ArrayList<>(VIRTUAL_NODES.stream().filter(v -> v < max).toList());
        counts.add(max);
        return counts;
    }

    @Override
    public ExperimentReport run(ExperimentSettings settings, Consumer<String> progress) {
        int nodes = settings.intSize("nodes");
        int keys = settings.intSize("keys");
        int trials = settings.intSize("trials");
        List<Integer> counts = counts(settings.intSize("max-virtual"));
        long[][][] loads = new long[counts.size()][trials][];
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int t = 0; t < trials; t++) {
            KeyLoad network = KeyLoad.trial(nodes, keys, random.split());
            for (int i = 0; i < counts.size(); i++) {
                progress.accept("chord-virtual-nodes: network " + (t + 1) + " of " + trials + ", " + counts.get(i)
                        + " virtual nodes per node");
                loads[i][t] = network.countFirst(network.owners(counts.get(i)), keys);
            }
        }
        Table table = Table.of("virtual_nodes", "mean", "p1", "p99", "p1_over_mean", "p99_over_mean", "max_over_mean");
        List<Point> p1 = new ArrayList<>();
        List<Point> p99 = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Load load = Load.of(loads[i]);
            table = table.withRow(counts.get(i), Table.fixed(load.mean(), 1), (long) load.p1(), (long) load.p99(),
                    Table.fixed(load.p1() / load.mean(), 2), Table.fixed(load.p99() / load.mean(), 2),
                    Table.fixed(load.meanMax() / load.mean(), 2));
            p1.add(new Point(counts.get(i), load.p1() / load.mean()));
            p99.add(new Point(counts.get(i), load.p99() / load.mean()));
        }
        Plot plot = new Plot("Chord Fig. 9: keys per real node vs. virtual nodes", "virtual nodes per real node",
                "keys per real node (× mean)", ticks(counts.get(counts.size() - 1)),
                List.of(new Series("99th percentile", p99, Style.MEASURED), new Series("1st percentile", p1, Style.MEASURED),
                        new Series("paper: 99th pct (v = 1, 20)", List.of(new Point(1, 4.8), new Point(20, 1.6)),
                                Style.PAPER_POINTS),
                        new Series("paper: 1st pct (v = 1, 20)", List.of(new Point(1, 0), new Point(20, 0.5)),
                                Style.PAPER_POINTS)));
        return new ExperimentReport(name(), table, plot, notes(table, trials));
    }

    /** 1, then every multiple of 5 (every integer below 5), up to and including {@code max}; at least two. */
    private static List<Tick> ticks(int max) {
        int step = max >= 10 ? 5 : 1;
        List<Tick> ticks = new ArrayList<>(List.of(new Tick(1, "1")));
        IntStream.rangeClosed(2, Math.max(2, max)).filter(v -> v % step == 0 || v == Math.max(2, max))
                .forEach(v -> ticks.add(new Tick(v, Integer.toString(v))));
        return ticks;
    }

    private static List<String> notes(Table table, int trials) {
        List<String> first = table.rows().get(0);
        List<String> last = table.rows().get(table.rows().size() - 1);
        return List.of(
                "Paper (Stoica et al. 2001, §6.2 Fig. 9), 10^4 real nodes and 10^6 keys: from 1 to 20 virtual nodes "
                        + "the 99th percentile falls from 4.8× to 1.6× the mean, the 1st rises from 0 to 0.5×.",
                "Here from " + first.get(0) + " to " + last.get(0) + " virtual nodes: the 99th percentile falls from "
                        + first.get(5) + "× to " + last.get(5) + "× the mean, the 1st rises from " + first.get(4)
                        + "× to " + last.get(4) + "×.",
                "Percentiles pool " + trials + " networks. A real node's load is the sum over its virtual nodes, each "
                        + "identified by the SHA-1 of n<i>@<salt>#<j>; no messages are involved.");
    }
}
