package io.faultline.experiment.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.faultline.experiment.Csv;
import io.faultline.experiment.Experiment;
import io.faultline.experiment.ExperimentReport;
import io.faultline.experiment.ExperimentSettings;
import io.faultline.experiment.Experiments;
import io.faultline.experiment.SvgPlot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Small versions of the Chord §6 experiments (Stoica et al., SIGCOMM 2001): the shapes the paper reports, on
 * rings small enough for a test. The full-size numbers are in docs/chord-experiments.md.
 */
class ChordExperimentsTest {

    private static ExperimentReport run(String name, long seed, Map<String, Long> sizes) {
        Experiment experiment = Experiments.named(name);
        return experiment.run(ExperimentSettings.resolve(experiment, seed, sizes), line -> { });
    }

    private static List<Map<String, Double>> rows(ExperimentReport report) {
        return Csv.parse(report.table().csv());
    }

    @Test
    @DisplayName("Chord §6.3 Fig. 10: mean path length grows as ½·log2 N, hops counted by the nodes, every answer"
            + " the oracle's successor(key)")
    void pathLengthIsHalfLog2N() {
        List<Map<String, Double>> rows = rows(run("chord-path-length", 3,
                Map.of("min-exponent", 4L, "max-exponent", 9L, "lookups", 400L)));

        assertThat(rows).hasSize(6);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Double> row = rows.get(i);
            double halfLog2 = Math.log(row.get("nodes")) / Math.log(2) / 2;
            assertThat(row.get("half_log2_n")).isCloseTo(halfLog2, within(1e-9));
            assertThat(row.get("mean_hops")).as("N = %s", row.get("nodes")).isCloseTo(halfLog2, within(0.15 * halfLog2));
            assertThat(row.get("mean_hops_successor_list")).as("§5.2: the successor list only shortens routes")
                    .isLessThanOrEqualTo(row.get("mean_hops"));
            assertThat(row.get("p1_hops")).isLessThan(row.get("mean_hops"));
            assertThat(row.get("p99_hops")).isGreaterThan(row.get("mean_hops"));
            assertThat(row.get("wrong_owner")).isZero();
            if (i > 0) {
                assertThat(row.get("mean_hops") - rows.get(i - 1).get("mean_hops")).as("doubling N adds about ½ hop")
                        .isBetween(0.25, 0.75);
            }
        }
    }

    @Test
    @DisplayName("Chord §6.2 Fig. 8a: keys per node vary widely; 1st percentile 0, 99th about 4.6x the mean,"
            + " maximum several times more")
    void keysPerNodeAreUnbalanced() {
        List<Map<String, Double>> rows = rows(run("chord-keys-per-node", 5,
                Map.of("nodes", 1_000L, "keys", 50_000L, "trials", 2L)));

        assertThat(rows).hasSize(10);
        for (Map<String, Double> row : rows) {
            assertThat(row.get("mean")).isCloseTo(row.get("keys") / 1_000, within(0.05));
        }
        Map<String, Double> last = rows.get(9);
        assertThat(last.get("p1")).isZero();
        assertThat(last.get("p99_over_mean")).isCloseTo(4.6, within(0.6));
        assertThat(last.get("max_over_mean")).isGreaterThan(last.get("p99_over_mean") + 1);
        assertThat(rows.get(0).get("p99")).as("the spread grows with the keys").isLessThan(last.get("p99"));
    }

    @Test
    @DisplayName("Chord §6.2 Fig. 9: virtual nodes even the load; 99th percentile falls toward 1.6x the mean, 1st"
            + " rises toward 0.5x")
    void virtualNodesEvenTheLoad() {
        List<Map<String, Double>> rows = rows(run("chord-virtual-nodes", 7,
                Map.of("nodes", 1_000L, "keys", 100_000L, "max-virtual", 20L, "trials", 1L)));

        Map<String, Double> one = rows.get(0);
        Map<String, Double> twenty = rows.get(rows.size() - 1);
        assertThat(one.get("virtual_nodes")).isEqualTo(1);
        assertThat(twenty.get("virtual_nodes")).isEqualTo(20);
        assertThat(one.get("p99_over_mean")).isCloseTo(4.8, within(0.7));
        assertThat(one.get("p1_over_mean")).isLessThan(0.05);
        assertThat(twenty.get("p99_over_mean")).isCloseTo(1.6, within(0.25));
        assertThat(twenty.get("p1_over_mean")).isCloseTo(0.5, within(0.12));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("p99_over_mean")).isLessThan(rows.get(i - 1).get("p99_over_mean") + 0.1);
        }
    }

    @Test
    @DisplayName("Chord §6.4 Fig. 11: just after a fraction p of the nodes fail, about p of the lookups fail, nearly"
            + " all because the key's node is gone")
    void failedLookupsAreAboutP() {
        List<Map<String, Double>> rows = rows(run("chord-failed-lookups", 11,
                Map.of("nodes", 1_000L, "lookups", 1_500L)));

        assertThat(rows).extracting(r -> r.get("p")).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5);
        for (Map<String, Double> row : rows) {
            double p = row.get("p");
            assertThat(row.get("failed_nodes")).isEqualTo(p * 1_000);
            assertThat(row.get("owner_failed")).as("p = %s", p).isCloseTo(p, within(0.07));
            assertThat(row.get("failed_fraction")).isCloseTo(row.get("owner_failed") + row.get("gave_up")
                    + row.get("wrong_node"), within(2e-4));
            assertThat(row.get("found_live_owner")).as("before stabilization no lookup reaches a dead node's heir")
                    .isCloseTo(1 - row.get("failed_fraction"), within(0.02));
            if (p <= 0.3) {
                assertThat(row.get("gave_up") + row.get("wrong_node")).as("routing around a few dead nodes works")
                        .isLessThan(0.01);
            }
        }
    }

    @Test
    @DisplayName("the same seed gives the same CSV and plot, byte for byte; another seed does not")
    void experimentsAreDeterministic() {
        Map<String, Long> sizes = Map.of("nodes", 200L, "lookups", 200L);
        ExperimentReport first = run("chord-failed-lookups", 21, sizes);
        ExperimentReport again = run("chord-failed-lookups", 21, sizes);
        ExperimentReport other = run("chord-failed-lookups", 22, sizes);

        assertThat(again.table().csv()).isEqualTo(first.table().csv());
        assertThat(SvgPlot.render(again.plot())).isEqualTo(SvgPlot.render(first.plot()));
        assertThat(other.table().csv()).isNotEqualTo(first.table().csv());
        Map<String, Long> keySizes = Map.of("nodes", 100L, "keys", 2_000L, "trials", 1L);
        assertThat(run("chord-keys-per-node", 4, keySizes).table().csv())
                .isEqualTo(run("chord-keys-per-node", 4, keySizes).table().csv());
    }
}
