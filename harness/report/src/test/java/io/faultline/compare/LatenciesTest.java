package io.faultline.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesComeFromOkCallsOnly() {
        List<Op> ops = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            ops.add(Op.invoke(0, "read", null, null).withTime(i * 1_000_000_000L));
            ops.add(Op.ok(0, "read", null, 1).withTime(i * 1_000_000_000L + i * 1_000_000L));
        }
        ops.add(Op.invoke(1, "write", null, 5).withTime(0));
        ops.add(Op.info(1, "write", null, 5, "timeout").withTime(900_000_000_000L));

        Latencies l = Latencies.of(History.of(ops));

        assertThat(l.p50Nanos()).isBetween(49_900_000L, 50_100_000L);
        assertThat(l.p95Nanos()).isBetween(94_900_000L, 95_100_000L);
        assertThat(l.p99Nanos()).isBetween(98_900_000L, 99_100_000L);
        assertThat(l.maxNanos()).isBetween(99_900_000L, 100_100_000L);
    }

    @Test
    void aRunWithoutOkCallsHasNoLatencies() {
        assertThat(Latencies.of(History.of(List.of()))).isEqualTo(Latencies.NONE);
    }
}
