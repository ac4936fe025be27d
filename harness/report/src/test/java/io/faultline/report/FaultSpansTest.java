package io.faultline.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.report.chart.FaultBand;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultSpansTest {
    private static Op nemesis(long time, String f, String value) {
        return new Op(time, time, OpType.INFO, Op.NEMESIS, f, null, value, null, null);
    }

    @Test
    void faultsPairWithTheirHealsOnceEachAndOneNeverHealedRunsToTheEnd() {
        List<FaultBand> spans = FaultSpans.of(List.of(
                nemesis(10, "start-partition", "halves"), nemesis(10, "start-partition", "halves"),
                nemesis(20, "kill", "n1"), nemesis(20, "kill", "n1"),
                nemesis(30, "stop-partition", "healed"), nemesis(30, "stop-partition", "healed"),
                nemesis(40, "start", "n1"), nemesis(50, "pause", "n2"), nemesis(60, "bump-clock", "n3")), 100);

        assertThat(spans).extracting(FaultBand::kind, FaultBand::from, FaultBand::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("net", 10.0, 30.0),
                org.assertj.core.groups.Tuple.tuple("crash", 20.0, 40.0),
                org.assertj.core.groups.Tuple.tuple("pause", 50.0, 100.0),
                org.assertj.core.groups.Tuple.tuple("other", 60.0, 60.0));
    }
}
