package io.faultline.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegendTest {

    @Test
    void groupedCountsFollowTheColumnOrderAndAddTheSessionGuaranteesUp() {
        Map<String, Long> counts = Map.of("stale-read", 3L, "read-your-writes", 2L, "monotonic-reads", 5L,
                "not-linearizable", 1L, "zany-new-kind", 4L);

        assertThat(Legend.grouped(counts)).containsExactly(Map.entry("not-linearizable", 1L),
                Map.entry("stale-read", 3L), Map.entry("session", 7L), Map.entry("zany-new-kind", 4L));
    }

    @Test
    void aKindNoLegendKnowsStillGetsAColumnAfterTheKnownOnes() {
        CellResult cell = Cells.weak(2, java.nio.file.Path.of("x"));
        List<String> columns = Legend.kindColumns(List.of(cell));

        assertThat(columns).startsWith("not-linearizable", "not-sequential", "stale-read")
                .hasSize(Legend.ANOMALIES.size());
        assertThat(Legend.rank("linearizable")).isZero();
        assertThat(Legend.rank("none")).isEqualTo(4);
    }
}
