package io.faultline.histories.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Op;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NemesisBandsTest {

    @Test
    void pairsStartAndStopOfTheSameFault() {
        List<Band> bands = bands(op(3, "start-partition", "majority"), op(9, "stop-partition", null));

        assertThat(bands).containsExactly(new Band("start-partition majority", 3, 9));
    }

    @Test
    void pairsKillWithTheStartOfTheSameNodeAndPauseWithResume() {
        List<Band> bands = bands(op(1, "kill", "n1"), op(2, "kill", "n2"), op(5, "start", "n2"),
                op(6, "pause", "n3"), op(7, "start", "n1"), op(8, "resume", "n3"));

        assertThat(bands).containsExactly(new Band("kill n1", 1, 7), new Band("kill n2", 2, 5),
                new Band("pause n3", 6, 8));
        assertThat(bands).extracting(Band::kind).containsExactly("crash", "crash", "pause");
    }

    @Test
    void readsJepsensDoubledNemesisLinesAsOneFault() {
        List<Band> bands = bands(op(1, "start-partition", "[n1] [n2 n3]"), op(2, "start-partition", "[n1] [n2 n3]"),
                op(7, "stop-partition", null), op(8, "stop-partition", "network healed"));

        assertThat(bands).containsExactly(new Band("start-partition [n1] [n2 n3]", 1, 7));
    }

    @Test
    void leavesFaultsThatNeverEndedOpenEndedAndOtherOpsAsInstants() {
        List<Band> bands = bands(op(1, "partition", List.of("n1")), op(4, "bump-clock", 250L),
                op(5, "bump-clock", 250L), op(6, "bump-clock", -40L));

        assertThat(bands).containsExactly(new Band("partition [\"n1\"]", 1, Long.MAX_VALUE),
                new Band("bump-clock 250", 4, 4), new Band("bump-clock -40", 6, 6));
        assertThat(bands.get(0).isOpenEnded()).isTrue();
        assertThat(bands.get(1).isInstant()).isTrue();
        assertThat(bands.get(1).kind()).isEqualTo("other");
    }

    @Test
    void healEndsAPartition() {
        assertThat(bands(op(0, "partition", "halves"), op(4, "heal", null)))
                .containsExactly(new Band("partition halves", 0, 4));
    }

    @Test
    void boundsLabels() {
        List<Band> bands = NemesisBands.of(List.of(op(0, "kill", "n".repeat(500))), 20);

        assertThat(bands.get(0).label()).hasSize(20).endsWith("…");
    }

    private static List<Band> bands(Op... ops) {
        return NemesisBands.of(new ArrayList<>(List.of(ops)), 160);
    }

    private static Op op(long index, String f, Object value) {
        return Samples.nemesis(f, value).withIndex(index);
    }
}
