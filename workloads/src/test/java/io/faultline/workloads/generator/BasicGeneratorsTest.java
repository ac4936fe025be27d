package io.faultline.workloads.generator;

import static io.faultline.workloads.generator.Generators.concat;
import static io.faultline.workloads.generator.Generators.cycle;
import static io.faultline.workloads.generator.Generators.limit;
import static io.faultline.workloads.generator.Generators.nothing;
import static io.faultline.workloads.generator.Generators.once;
import static io.faultline.workloads.generator.Generators.op;
import static io.faultline.workloads.generator.Generators.ops;
import static io.faultline.workloads.generator.Generators.repeat;
import static io.faultline.workloads.generator.Generators.repeatedly;
import static io.faultline.workloads.generator.TestHistories.invokes;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BasicGeneratorsTest {

    @Test
    void nothingEndsTheRunAtOnce() {
        assertThat(VirtualRun.run(nothing(), 3, 1)).isEmpty();
    }

    @Test
    void anOpIsInvokedOnceAndCompleted() {
        List<Op> h = VirtualRun.run(op("read", 7L, null), 3, 1);
        assertThat(h).extracting(Op::type).extracting(Enum::name).containsExactly("INVOKE", "OK");
        assertThat(h.get(0).key()).isEqualTo(7L);
        assertThat(h.get(0).process()).isBetween(0L, 2L);
    }

    @Test
    void opsRunInOrderAndTheHistoryIsWellFormed() {
        List<Op> h = VirtualRun.run(ops(List.of(OpSpec.write(1L, 1L), OpSpec.write(1L, 2L), OpSpec.read(1L))), 2, 1);
        assertThat(invokes(h)).extracting(Op::f).containsExactly("write", "write", "read");
        assertThat(History.of(h).calls()).hasSize(3);
        assertThat(h).extracting(Op::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void repeatedlyCallsItsFunctionUntilItReturnsNull() {
        AtomicLong calls = new AtomicLong();
        Generator gen = repeatedly(r -> calls.incrementAndGet() <= 5 ? OpSpec.read(null) : null);
        assertThat(invokes(VirtualRun.run(gen, 2, 1))).hasSize(5);
    }

    @Test
    void limitStopsAfterExactlyNOps() {
        Generator endless = repeatedly(r -> OpSpec.read(null));
        assertThat(invokes(VirtualRun.run(limit(17, endless), 4, 1))).hasSize(17);
        assertThat(invokes(VirtualRun.run(once(endless), 4, 1))).hasSize(1);
        assertThat(invokes(VirtualRun.run(limit(0, endless), 4, 1))).isEmpty();
    }

    @Test
    void repeatReusesTheFirstOpWithoutAdvancing() {
        Generator twoOps = ops(List.of(OpSpec.write(null, 1L), OpSpec.write(null, 2L)));
        List<Op> h = invokes(VirtualRun.run(repeat(4, twoOps), 2, 1));
        assertThat(h).extracting(Op::value).containsExactly(1L, 1L, 1L, 1L);
        assertThat(invokes(VirtualRun.run(limit(9, repeat(twoOps)), 2, 1))).hasSize(9);
    }

    @Test
    void cycleStartsAFiniteGeneratorAgainWhenItEnds() {
        Generator twoOps = ops(List.of(OpSpec.write(null, 1L), OpSpec.write(null, 2L)));
        assertThat(invokes(VirtualRun.run(cycle(3, twoOps), 2, 1))).extracting(Op::value)
                .containsExactly(1L, 2L, 1L, 2L, 1L, 2L);
        assertThat(invokes(VirtualRun.run(limit(5, cycle(twoOps)), 2, 1))).hasSize(5);
        assertThat(VirtualRun.run(cycle(nothing()), 2, 1)).isEmpty(); // an empty cycle ends instead of spinning
    }

    @Test
    void concatMovesOnWithoutWaitingForCompletions() {
        Generator gen = concat(op("write", null, 1L), op("read", null, null));
        List<Op> h = VirtualRun.run(gen, 2, 1);
        // Both start at time 0, on different workers: the read did not wait for the write to complete.
        assertThat(invokes(h)).extracting(Op::time).containsExactly(0L, 0L);
        assertThat(invokes(h)).extracting(Op::process).doesNotHaveDuplicates();
    }

    @Test
    void plainOpsNeverGoToTheNemesis() {
        List<Op> h = VirtualRun.run(limit(50, repeatedly(r -> OpSpec.read(null))), 1, 1);
        assertThat(h).noneMatch(Op::isNemesis);
    }
}
