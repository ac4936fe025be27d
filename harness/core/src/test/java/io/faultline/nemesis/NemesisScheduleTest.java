package io.faultline.nemesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Op;
import io.faultline.workloads.generator.GenContext;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.Step;
import io.faultline.workloads.generator.Workers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Quiet, fault, heal, quiet, …: the nemeses in turn, every fault healed by the end. */
class NemesisScheduleTest {

    private static final long S = 1_000_000_000L;

    private static final CombinedNemesis PARTITION_THEN_KILL =
            new CombinedNemesis(Nemeses.named(List.of("partition", "kill")), new SplittableRandom(1));

    @Test
    void faultsTakeTurnsEachAnIntervalLongAfterAQuietInterval() {
        List<String> ops = drive(PARTITION_THEN_KILL.schedule(Duration.ofSeconds(1), 0, 5 * S));

        assertThat(ops).containsExactly("start-partition@1", "stop-partition@2", "kill@3", "start@4");
    }

    @Test
    void aFaultInForceAtTheEndIsHealedAtTheEnd() {
        List<String> ops = drive(PARTITION_THEN_KILL.schedule(Duration.ofSeconds(1), 0, 3_500_000_000L));

        assertThat(ops).containsExactly("start-partition@1", "stop-partition@2", "kill@3", "start@3.5");
    }

    @Test
    void theScheduleStartsWhenTheRunDoes() {
        List<String> ops = drive(PARTITION_THEN_KILL.schedule(Duration.ofSeconds(2), 10 * S, 15 * S));

        assertThat(ops).containsExactly("start-partition@12", "stop-partition@14");
    }

    @Test
    void withoutNemesesThereIsNothingToSchedule() {
        CombinedNemesis none = new CombinedNemesis(List.of(), new SplittableRandom(1));

        assertThat(none.isEmpty()).isTrue();
        assertThat(drive(none.schedule(Duration.ofSeconds(1), 0, 10 * S))).isEmpty();
    }

    /** The ops a schedule emits with the nemesis always free, as {@code f@seconds}. */
    private static List<String> drive(Generator schedule) {
        List<String> ops = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(0);
        long now = 0;
        Generator gen = schedule;
        while (gen.next(context(now, random)) instanceof Step.Emit emit) {
            now = emit.op().timeNanos();
            assertThat(emit.op().process()).isEqualTo(Op.NEMESIS);
            ops.add(emit.op().spec().f() + "@" + seconds(now));
            gen = emit.next();
        }
        return ops;
    }

    private static GenContext context(long now, SplittableRandom random) {
        return GenContext.of(now, Workers.of(Workers.NEMESIS), new long[0], random)
                .restrictTo(Workers.of(Workers.NEMESIS));
    }

    private static String seconds(long nanos) {
        return nanos % S == 0 ? Long.toString(nanos / S) : Double.toString(nanos / (double) S);
    }
}
