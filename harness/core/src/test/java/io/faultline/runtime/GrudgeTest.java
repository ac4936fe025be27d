package io.faultline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GrudgeTest {

    private static final List<String> FIVE = List.of("n1", "n2", "n3", "n4", "n5");

    @Test
    void aOneWayCutLeavesTheReverseLinkWorking() {
        Grudge grudge = Grudge.oneWay("n1", "n2");
        assertThat(grudge.isCut("n1", "n2")).isTrue();
        assertThat(grudge.isCut("n2", "n1")).isFalse();
    }

    @Test
    void isolateCutsANodeOffBothWays() {
        Grudge grudge = Grudge.isolate("n3", FIVE);
        assertThat(grudge.cuts()).hasSize(8);
        assertThat(grudge.isCut("n3", "n1")).isTrue();
        assertThat(grudge.isCut("n1", "n3")).isTrue();
        assertThat(grudge.isCut("n1", "n2")).isFalse();
    }

    @Test
    void halvesSplitAMinorityFromAMajority() {
        Grudge grudge = Grudge.halves(FIVE);
        assertThat(heardBy("n1", FIVE, grudge)).containsExactlyInAnyOrder("n1", "n2");
        assertThat(heardBy("n5", FIVE, grudge)).containsExactlyInAnyOrder("n3", "n4", "n5");
    }

    @Test
    void theBridgeNodeHearsEveryone() {
        Grudge grudge = Grudge.bridge(FIVE);
        assertThat(heardBy("n3", FIVE, grudge)).hasSize(5);
        assertThat(heardBy("n1", FIVE, grudge)).containsExactlyInAnyOrder("n1", "n2", "n3");
        assertThat(heardBy("n5", FIVE, grudge)).containsExactlyInAnyOrder("n3", "n4", "n5");
    }

    @Test
    void inAMajoritiesRingEveryNodeHearsADifferentMajority() {
        for (int n = 3; n <= 7; n++) {
            List<String> nodes = List.of("a", "b", "c", "d", "e", "f", "g").subList(0, n);
            Grudge grudge = Grudge.majoritiesRing(nodes);
            Set<Set<String>> majorities = new HashSet<>();
            for (String node : nodes) {
                Set<String> heard = heardBy(node, nodes, grudge);
                assertThat(heard).as("n=%d %s", n, node).hasSize(n / 2 + 1).contains(node);
                majorities.add(heard);
            }
            assertThat(majorities).as("n=%d", n).hasSize(n);
        }
    }

    @Test
    void componentsAndUnionCombine() {
        Grudge grudge = Grudge.components(List.of(List.of("n1"), List.of("n2"), List.of("n3")));
        assertThat(grudge.cuts()).hasSize(6);
        assertThat(Grudge.oneWay("a", "b").union(Grudge.oneWay("b", "a")).cuts())
                .containsExactly(new Link("a", "b"), new Link("b", "a"));
        assertThat(Grudge.none().isEmpty()).isTrue();
    }

    /** The nodes whose messages reach {@code node}, itself included. */
    private static Set<String> heardBy(String node, List<String> nodes, Grudge grudge) {
        Set<String> heard = new TreeSet<>();
        for (String other : nodes) {
            if (!grudge.isCut(other, node)) {
                heard.add(other);
            }
        }
        return heard;
    }
}
