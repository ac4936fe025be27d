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
import io.faultline.experiment.Stopwatch;
import io.faultline.experiment.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Chord §6.4, Fig. 11: the fraction of lookups that fail just after a fraction p of the nodes fail at once. A
 * converged ring of real {@code ChordNode}s, maintenance off, so nothing is repaired except by the lookups'
 * own timeouts; then lookups of random keys at random live nodes, as real messages. The paper counts a lookup
 * as correct when it finds the node that was responsible for the key before the failures (values are not
 * replicated), and finds the failure rate "almost exactly p". The definition and its parts: {@link FailedLookupCounts}.
 */
public final class FailedLookupsExperiment implements Experiment {

    static final double[] FRACTIONS = {0.1, 0.2, 0.3, 0.4, 0.5};

    @Override
    public String name() {
        return "chord-failed-lookups";
    }

    @Override
    public String description() {
        return "Chord §6.4 Fig. 11: failed lookups just after a fraction p = 0.1 … 0.5 of 10^4 nodes fail (paper: ≈ p)";
    }

    @Override
    public List<SizeOption> sizeOptions() {
        return List.of(
                new SizeOption("nodes", 10_000, 10, 20_000, "nodes in the ring before the failures"),
                new SizeOption("lookups", 10_000, 1, 1_000_000, "lookups per ring"),
                new SizeOption("trials", 1, 1, 20, "rings per fraction p"),
                new SizeOption("max-lookup-steps", ConvergedRing.DEFAULT_MAX_LOOKUP_STEPS, 1, 100_000,
                        "chord's max-lookup-steps: asks before a lookup gives up"));
    }

    @Override
    public ExperimentReport run(ExperimentSettings settings, Consumer<String> progress) {
        int nodes = settings.intSize("nodes");
        Table table = Table.of("p", "failed_nodes", "lookups", "failed_fraction", "failed_vs_p", "owner_failed",
                "gave_up", "wrong_node", "found_live_owner", "mean_hops", "mean_latency_ms");
        List<Point> failed = new ArrayList<>();
        List<Point> misrouted = new ArrayList<>();
        List<Point> paper = new ArrayList<>();
        for (int i = 0; i < FRACTIONS.length; i++) {
            double p = FRACTIONS[i];
            Stopwatch watch = Stopwatch.start();
            FailedLookupCounts tally = new FailedLookupCounts();
            int killed = (int) Math.round(p * nodes);
            for (int t = 0; t < settings.intSize("trials"); t++) {
                FailureTrial.run(settings.seed() + 1_000L * i + t, nodes, killed, settings.intSize("lookups"),
                        settings.intSize("max-lookup-steps"), tally, progress);
            }
            table = table.withRow(Table.fixed(p, 1), killed, tally.lookups, Table.fixed(tally.failedFraction(), 4),
                    Table.fixed(tally.failedFraction() / p, 3), Table.fixed(tally.fraction(tally.ownerFailed), 4),
                    Table.fixed(tally.fraction(tally.gaveUp), 4), Table.fixed(tally.fraction(tally.wrongNode), 4),
                    Table.fixed(tally.fraction(tally.foundLiveOwner), 4),
                    Table.fixed(tally.meanHops(), 2), Table.fixed(tally.meanLatencyMillis(), 1));
            failed.add(new Point(p, tally.failedFraction()));
            misrouted.add(new Point(p, tally.fraction(tally.gaveUp + tally.wrongNode)));
            paper.add(new Point(p, p));
            progress.accept(String.format(Locale.ROOT, "chord-failed-lookups: p = %.1f, %d nodes: %s", p, nodes, watch));
        }
        List<Tick> ticks = List.of(new Tick(0, "0"), new Tick(0.1, "0.1"), new Tick(0.2, "0.2"), new Tick(0.3, "0.3"),
                new Tick(0.4, "0.4"), new Tick(0.5, "0.5"));
        Plot plot = new Plot("Chord Fig. 11: failed lookups vs. failed nodes", "fraction of nodes failed (p)",
                "fraction of lookups failed", ticks, List.of(new Series("failed lookups", failed, Style.MEASURED),
                        new Series("of which owner alive", misrouted, Style.MEASURED),
                        new Series("paper: ≈ p", paper, Style.REFERENCE)));
        return new ExperimentReport(name(), table, plot, notes());
    }

    private static List<String> notes() {
        return List.of(
                "Paper (Stoica et al. 2001, §6.4 Fig. 11): the fraction of failed lookups is almost exactly p, the "
                        + "fraction of keys whose responsible node failed (values are not replicated).",
                "failed = owner_failed + gave_up + wrong_node. owner_failed: the key's owner before the failures is "
                        + "dead, so no lookup can find it (the paper's failures). gave_up: the owner lives but the "
                        + "lookup ended without an answer (its max-lookup-steps ran out). wrong_node: it named another "
                        + "node (for example for a key behind r or more consecutive dead nodes, which no successor list "
                        + "bridges, §5.2).",
                "found_live_owner: the answer is the live ring's successor(key), where the key would be stored "
                        + "after repair; before stabilization a lookup of a dead owner's key still names the dead owner.",
                "mean_hops counts answered next_hop asks only; mean_latency_ms includes the 100 ms timeouts on "
                        + "dead nodes. Maintenance is off: nothing repairs the ring but the lookups' own timeouts.");
    }
}
