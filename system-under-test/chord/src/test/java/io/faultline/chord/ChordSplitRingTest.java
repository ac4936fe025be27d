package io.faultline.chord;

import static io.faultline.chord.ChordSim.SECOND;
import static io.faultline.chord.ChordSim.ringViolation;
import static io.faultline.chord.ChordSim.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.runtime.Grudge;
import io.faultline.sim.SimCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A partition long enough for each side to stabilize into a ring of its own, then healed. The paper (§5.1) notes
 * that stabilization alone cannot merge two disjoint cycles; {@code merge-check-ms} is our remedy.
 */
class ChordSplitRingTest {

    private static final int SEEDS = 20;

    /** Seeds (of {@link #SEEDS}) whose ring is still wrong 8 s after the heal. */
    private static List<String> splitAfterHeal(String mergeCheckMs) {
        List<String> stillSplit = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            SimCluster cluster = start(seed, 8, "merge-check-ms", mergeCheckMs);
            cluster.loop().runUntil(3 * SECOND);
            cluster.net().partition(Grudge.halves(List.of("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8")));
            cluster.loop().runUntil(8 * SECOND);
            cluster.net().heal();
            cluster.loop().runUntil(16 * SECOND);
            String violation = ringViolation(cluster, new SplittableRandom(seed));
            if (violation != null) {
                stillSplit.add("seed " + seed + ": " + violation.lines().findFirst().orElse(""));
            }
        }
        return stillSplit;
    }

    @Test
    @DisplayName("Chord §5.1: with stabilization alone (merge-check-ms=0) a ring split by a partition stays split"
            + " after the heal")
    void stabilizationAloneDoesNotMergeASplitRing() {
        List<String> split = splitAfterHeal("0");
        System.out.println("chord: without merge checks " + split.size() + " of " + SEEDS
                + " split rings stay split after the heal");
        assertThat(split).hasSize(SEEDS);
    }

    @Test
    @DisplayName("Chord §5.1 remedy: periodic lookups of successor(n + 1) through the configured peers merge the"
            + " split ring")
    void mergeChecksMergeASplitRing() {
        assertThat(splitAfterHeal("1000")).isEmpty();
    }
}
