package io.faultline.experiment.chord;

import io.faultline.chord.ChordId;
import io.faultline.experiment.Distribution;
import io.faultline.experiment.Experiment;
import io.faultline.experiment.ExperimentException;
import io.faultline.experiment.ExperimentReport;
import io.faultline.experiment.ExperimentSettings;
import io.faultline.experiment.Plot;
import io.faultline.experiment.Plot.Point;
import io.faultline.experiment.Plot.Series;
import io.faultline.experiment.Plot.Style;
import io.faultline.experiment.Plot.Tick;
import io.faultline.experiment.SizeOption;
import io.faultline.experiment.Stopwatch;
import io.faultline.experiment.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Chord §6.3, Fig. 10: lookup path length in hops for N = 2^k nodes. Each size is a converged ring of real
 * {@code ChordNode}s in the simulator; each lookup starts at a random node for a random key, travels as real
 * messages, and the origin counts its hops. The paper: the mean is about ½·log2 N.
 */
public final class PathLengthExperiment implements Experiment {

    private static final int NODES_PER_SIZE = 1024;

    @Override
    public String name() {
        return "chord-path-length";
    }

    @Override
    public String description() {
        return "Chord §6.3 Fig. 10: mean, 1st and 99th percentile lookup hops for N = 2^k nodes (paper: ½·log2 N)";
    }

    @Override
    public List<SizeOption> sizeOptions() {
        return List.of(
                new SizeOption("min-exponent", 3, 1, 16, "the smallest ring is 2^this nodes"),
                new SizeOption("max-exponent", 14, 1, 16, "the largest ring is 2^this nodes"),
                new SizeOption("lookups", 10_000, 1, 1_000_000, "lookups per ring size"));
    }

    @Override
    public void checkSizes(ExperimentSettings settings) {
        if (settings.size("min-exponent") > settings.size("max-exponent")) {
            throw new ExperimentException("--min-exponent " + settings.size("min-exponent") + " is above "
                    + "--max-exponent " + settings.size("max-exponent") + "; lower it or raise --max-exponent");
        }
    }

    @Override
    public ExperimentReport run(ExperimentSettings settings, Consumer<String> progress) {
        int min = settings.intSize("min-exponent");
        int max = settings.intSize("max-exponent");
        Table table = Table.of("nodes", "lookups", "mean_hops", "p1_hops", "p99_hops", "half_log2_n",
                "mean_vs_half_log2_n", "mean_hops_successor_list", "p99_hops_successor_list", "wrong_owner");
        List<Point> means = new ArrayList<>();
        List<Point> p1 = new ArrayList<>();
        List<Point> p99 = new ArrayList<>();
        List<Point> listMeans = new ArrayList<>();
        List<Point> paper = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int k = min; k <= max; k++) {
            Stopwatch watch = Stopwatch.start();
            Row row = measure(settings, k);
            Distribution hops = row.fingersOnly;
            table = table.withRow(1 << k, hops.count(), Table.fixed(hops.mean(), 3), (long) hops.percentile(1),
                    (long) hops.percentile(99), Table.fixed(k / 2.0, 1), Table.fixed(hops.mean() / (k / 2.0), 3),
                    Table.fixed(row.withList.mean(), 3), (long) row.withList.percentile(99), row.wrong);
            means.add(new Point(k, hops.mean()));
            p1.add(new Point(k, hops.percentile(1)));
            p99.add(new Point(k, hops.percentile(99)));
            listMeans.add(new Point(k, row.withList.mean()));
            paper.add(new Point(k, k / 2.0));
            ticks.add(new Tick(k, "2^" + k));
            progress.accept(String.format(Locale.ROOT, "chord-path-length: 2^%d nodes, 2 x %d lookups: %s", k,
                    hops.count(), watch));
        }
        if (ticks.size() == 1) {
            ticks.add(new Tick(max + 1, "2^" + (max + 1)));
        }
        Plot plot = new Plot("Chord Fig. 10: path length vs. network size", "number of nodes N",
                "path length (hops)", ticks, List.of(new Series("mean (Fig. 5 fingers)", means, Style.MEASURED),
                        new Series("1st percentile", p1, Style.MEASURED), new Series("99th percentile", p99, Style.MEASURED),
                        new Series("mean (+ successor list)", listMeans, Style.MEASURED),
                        new Series("paper: ½·log2 N", paper, Style.REFERENCE)));
        return new ExperimentReport(name(), table, plot, notes());
    }

    /** Hops of the same lookups routed by fingers only and by fingers plus a log2 N successor list. */
    private record Row(Distribution fingersOnly, Distribution withList, long wrong) {
    }

    /**
     * Lookups on {@code 2^exponent}-node rings. One ring of 8 nodes is one draw of 8 identifiers and its path
     * lengths depend on that draw, so small sizes spread their lookups over {@code ceil(1024 / N)} rings.
     */
    private Row measure(ExperimentSettings settings, int exponent) {
        int nodes = 1 << exponent;
        int rings = Math.max(1, NODES_PER_SIZE / nodes);
        int lookups = settings.intSize("lookups");
        SplittableRandom random = new SplittableRandom(settings.seed() * 31 + exponent);
        List<ClientLookups.Outcome> fingersOnly = new ArrayList<>();
        List<ClientLookups.Outcome> withList = new ArrayList<>();
        long wrong = 0;
        for (int r = 0; r < rings && r < lookups; r++) {
            List<String> names = ConvergedRing.names(nodes, random.nextLong());
            ConvergedRing ring = ConvergedRing.start(random.nextLong(), names, ChordSizes.successorListLength(nodes),
                    ConvergedRing.DEFAULT_MAX_LOOKUP_STEPS);
            List<ClientLookups.Request> requests = new ArrayList<>();
            for (int i = 0; i < lookups / rings + (r < lookups % rings ? 1 : 0); i++) {
                requests.add(new ClientLookups.Request(names.get(random.nextInt(nodes)), random.nextLong()));
            }
            ring.install(1);
            List<ClientLookups.Outcome> viaFingers = ClientLookups.run(ring.cluster(), requests);
            ring.install(ChordSizes.successorListLength(nodes));
            List<ClientLookups.Outcome> viaList = ClientLookups.run(ring.cluster(), requests);
            wrong += wrong(ring, viaFingers) + wrong(ring, viaList);
            fingersOnly.addAll(viaFingers);
            withList.addAll(viaList);
        }
        return new Row(hops(fingersOnly), hops(withList), wrong);
    }

    private static Distribution hops(List<ClientLookups.Outcome> outcomes) {
        return Distribution.of(outcomes.stream().mapToLong(ClientLookups.Outcome::hops).toArray());
    }

    private static long wrong(ConvergedRing ring, List<ClientLookups.Outcome> outcomes) {
        return outcomes.stream()
                .filter(o -> !ring.oracle().owner(ChordId.ofKey(o.request().key())).equals(o.owner())).count();
    }

    private static List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("Paper (Stoica et al. 2001, §6.3 Fig. 10): mean path length about ½·log2 N; 1st and 99th "
                + "percentiles also grow logarithmically.");
        notes.add("hops = remote next_hop asks counted by the lookup's origin (0 when its own tables answer). "
                + "Sizes below 1024 nodes spread their lookups over 1024/N rings, each with fresh identifiers.");
        notes.add("mean_hops, p1_hops, p99_hops: successor list of length 1, so closest_preceding_node searches the "
                + "finger table as in Fig. 5; *_successor_list: the same lookups with the §5.2 list of ceil(log2 N) "
                + "successors also searched, which shortens the last steps.");
        notes.add("wrong_owner: lookups (of both kinds) whose answer differs from the oracle's successor(key); "
                + "expected 0.");
        return notes;
    }
}
