package io.faultline.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.faultline.histories.History;
import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunStatsTest {

    private static final long MS = 1_000_000L;

    @Test
    void countsOutcomesServedCallsFaultsAndLatencyPercentilesOfOkCalls() {
        HistoryBuilder b = new HistoryBuilder("test");
        long t = 0;
        for (int i = 0; i < 97; i++) {
            t = call(b, t, 0, OpType.OK, null, 2 * MS);
        }
        t = call(b, t, 0, OpType.OK, null, 50 * MS);
        t = call(b, t, 0, OpType.OK, null, 50 * MS);
        t = nemesis(b, t, "kill");
        t = call(b, t, 0, OpType.FAIL, "precondition-failed", MS);
        t = call(b, t, 0, OpType.FAIL, "temporarily-unavailable", MS);
        t = nemesis(b, t, "start");
        call(b, t, 0, OpType.INFO, "timeout", MS);
        RunStats stats = RunStats.of(b.build());

        assertThat(stats.calls()).isEqualTo(102);
        assertThat(stats.ok()).isEqualTo(99);
        assertThat(stats.answered()).isEqualTo(100);
        assertThat(stats.failed()).isEqualTo(2);
        assertThat(stats.unknown()).isEqualTo(1);
        assertThat(stats.faults()).isEqualTo(1);
        assertThat(stats.latencyP50Nanos()).isBetween(1_999_000L, 2_001_000L);
        assertThat(stats.latencyP99Nanos()).isBetween(49_990_000L, 50_010_000L);
        assertThat(stats.okPercent()).isCloseTo(99 * 100.0 / 102, offset(1e-9));
        assertThat(stats.availabilityPercent()).isCloseTo(100 * 100.0 / 102, offset(1e-9));
    }

    @Test
    void aRunWithoutCallsIsFullyAvailableAndHasNoLatency() {
        RunStats stats = RunStats.of(History.of(List.of()));

        assertThat(stats.availabilityPercent()).isEqualTo(100);
        assertThat(stats.latencyP50Nanos()).isEqualTo(-1);
    }

    private static long call(HistoryBuilder b, long t, long process, OpType outcome, String error, long tookNanos) {
        b.add(new Op(-1, t, OpType.INVOKE, process, "read", 0L, null, "n1", null));
        b.add(new Op(-1, t + tookNanos, outcome, process, "read", 0L, null, "n1", error));
        return t + tookNanos;
    }

    private static long nemesis(HistoryBuilder b, long t, String f) {
        b.add(new Op(-1, t, OpType.INFO, Op.NEMESIS, f, null, "n1", null, null));
        b.add(new Op(-1, t, OpType.INFO, Op.NEMESIS, f, null, "n1", null, null));
        return t;
    }
}
