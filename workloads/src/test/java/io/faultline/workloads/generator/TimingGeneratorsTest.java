package io.faultline.workloads.generator;

import static io.faultline.workloads.generator.Generators.concat;
import static io.faultline.workloads.generator.Generators.delayUntil;
import static io.faultline.workloads.generator.Generators.limit;
import static io.faultline.workloads.generator.Generators.onNemesis;
import static io.faultline.workloads.generator.Generators.op;
import static io.faultline.workloads.generator.Generators.phases;
import static io.faultline.workloads.generator.Generators.repeatedly;
import static io.faultline.workloads.generator.Generators.sleep;
import static io.faultline.workloads.generator.TestHistories.invokeTimes;
import static io.faultline.workloads.generator.TestHistories.invokes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.faultline.histories.Op;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingGeneratorsTest {
    private static final long MS = 1_000_000;
    private static final Generator READS = repeatedly(r -> OpSpec.read(null));

    @Test
    void timeLimitStopsInvokingAtTheCutoffCountedFromTheFirstOp() {
        Generator gen = phases(op("write", null, 1L), READS.timeLimit(Duration.ofMillis(100)));
        List<Long> times = invokeTimes(VirtualRun.run(gen, 2, 1, VirtualRun.okAfter(3 * MS), Long.MAX_VALUE / 2));
        long firstRead = times.get(1);
        assertThat(firstRead).isEqualTo(3 * MS); // the phase began after the write completed
        assertThat(times.subList(1, times.size())).allMatch(t -> t < firstRead + 100 * MS);
        assertThat(times.get(times.size() - 1)).isGreaterThanOrEqualTo(firstRead + 94 * MS);
    }

    @Test
    void timeLimitEndsEvenWhileItsGeneratorWaits() {
        // After one read the limited generator waits for an event that never comes; the limit still ends it.
        Generator waitsForever = ctx -> Step.pendingUntilEvent();
        Generator gen = concat(op("read", null, null), waitsForever).timeLimit(Duration.ofMillis(50));
        assertThat(invokes(VirtualRun.run(gen, 1, 1))).hasSize(1);
    }

    @Test
    void staggerSpacesOpsWithTheRequestedMeanGap() {
        Generator gen = limit(20_000, READS.stagger(Duration.ofMillis(10)));
        List<Long> times = invokeTimes(VirtualRun.run(gen, 8, 42, VirtualRun.okAfter(MS), Long.MAX_VALUE / 2));
        double meanGapMs = (times.get(times.size() - 1) - times.get(0)) / (double) (times.size() - 1) / MS;
        assertThat(meanGapMs).isCloseTo(10.0, within(0.3));
        assertThat(gapsBelow(times, 10 * MS)).isBetween(0.60, 0.66); // exponential: P(gap < mean) = 1 - 1/e
    }

    @Test
    void rateSpacesOpsEvenly() {
        List<Long> times = invokeTimes(VirtualRun.run(limit(50, READS.rate(200)), 4, 1));
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isEqualTo(5 * MS);
        }
    }

    @Test
    void delayUntilHoldsOpsBackUntilTheGivenTime() {
        List<Long> times = invokeTimes(VirtualRun.run(delayUntil(70 * MS, limit(3, READS)), 3, 1));
        assertThat(times).containsExactly(70 * MS, 70 * MS, 70 * MS);
    }

    @Test
    void sleepOnTheNemesisSpacesFaultsAndLeavesNoTrace() {
        Generator faults = onNemesis(concat(op("start-partition", null, null), sleep(Duration.ofSeconds(5)),
                op("stop-partition", null, null)));
        List<Op> h = VirtualRun.run(faults, 2, 1);
        assertThat(invokes(h)).extracting(Op::f).containsExactly("start-partition", "stop-partition");
        assertThat(invokes(h)).allMatch(Op::isNemesis);
        assertThat(invokes(h).get(1).time()).isEqualTo(MS + 5_000 * MS);
    }

    @Test
    void sleepBetweenPhasesDelaysTheNextPhase() {
        Generator gen = phases(op("write", null, 1L), sleep(Duration.ofSeconds(2)), op("read", null, null));
        assertThat(invokeTimes(VirtualRun.run(gen, 3, 1))).containsExactly(0L, MS + 2_000 * MS);
    }

    private static double gapsBelow(List<Long> times, long threshold) {
        long below = 0;
        for (int i = 1; i < times.size(); i++) {
            below += times.get(i) - times.get(i - 1) < threshold ? 1 : 0;
        }
        return below / (double) (times.size() - 1);
    }
}
