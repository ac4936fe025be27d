package io.faultline.workloads.generator;

import static io.faultline.workloads.generator.Generators.limit;
import static io.faultline.workloads.generator.Generators.op;
import static io.faultline.workloads.generator.Generators.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InterpreterTest {
    private static final Generator READS = repeat(op("read", null, null));

    @Test
    void handsOutOneOpPerFreeWorkerThenWaits() {
        Interpreter in = new Interpreter(READS, 2, new SplittableRandom(1));
        Poll.Invoke a = (Poll.Invoke) in.poll(0);
        Poll.Invoke b = (Poll.Invoke) in.poll(0);
        assertThat(List.of(a.worker(), b.worker())).containsExactlyInAnyOrder(0, 1);
        assertThat(in.poll(0)).isEqualTo(new Poll.Wait(Step.NEVER));
        assertThat(in.outstanding()).isEqualTo(2);
    }

    @Test
    void aWorkerWhoseOpEndedInInfoContinuesAsANewProcess() {
        Interpreter in = new Interpreter(READS, 3, new SplittableRandom(1));
        Op first = firstOpOfWorker(in, 1);
        in.complete(Op.info(first.process(), "read", null, null, "timeout"), 5);
        Poll.Invoke next = (Poll.Invoke) in.poll(5);
        assertThat(next.worker()).isEqualTo(1);
        assertThat(next.op().process()).isEqualTo(4);
        in.complete(Op.info(4, "read", null, null, "timeout"), 6);
        assertThat(((Poll.Invoke) in.poll(6)).op().process()).isEqualTo(7);
        assertThat(in.workerOf(7)).isEqualTo(1);
    }

    @Test
    void stampsIndexAndTimeOnEveryLine() {
        Interpreter in = new Interpreter(limit(2, READS), 1, new SplittableRandom(1));
        Op invoke = ((Poll.Invoke) in.poll(10)).op();
        Op done = in.complete(Op.ok(invoke.process(), "read", null, 3L), 25);
        Op second = ((Poll.Invoke) in.poll(20)).op(); // an earlier clock reading never moves time back
        assertThat(List.of(invoke.index(), done.index(), second.index())).containsExactly(0L, 1L, 2L);
        assertThat(List.of(invoke.time(), done.time(), second.time())).containsExactly(10L, 25L, 25L);
        assertThat(done.value()).isEqualTo(3L);
    }

    @Test
    void isDoneOnlyWhenExhaustedAndNothingIsOutstanding() {
        Interpreter in = new Interpreter(op("read", null, null), 2, new SplittableRandom(1));
        Op invoke = ((Poll.Invoke) in.poll(0)).op();
        assertThat(in.poll(1)).isInstanceOf(Poll.Wait.class);
        in.complete(Op.ok(invoke.process(), "read", null, null), 2);
        assertThat(in.poll(2)).isInstanceOf(Poll.Done.class);
    }

    @Test
    void anOpForLaterIsNotTakenBeforeItsTime() {
        Interpreter in = new Interpreter(Generators.delayUntil(100, READS), 1, new SplittableRandom(1));
        assertThat(in.poll(0)).isEqualTo(new Poll.Wait(100));
        assertThat(in.outstanding()).isZero();
        assertThat(in.poll(100)).isInstanceOf(Poll.Invoke.class);
    }

    @Test
    void rejectsCompletionsThatMatchNoOutstandingOp() {
        Interpreter in = new Interpreter(READS, 1, new SplittableRandom(1));
        Op invoke = ((Poll.Invoke) in.poll(0)).op();
        assertThatThrownBy(() -> in.complete(Op.ok(invoke.process(), "write", null, 1L), 1))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> in.complete(Op.ok(3, "read", null, 1L), 1))
                .hasMessageContaining("no outstanding op of process 3");
        assertThatThrownBy(() -> in.complete(invoke, 1)).hasMessageContaining("not a completion");
    }

    @Test
    void rejectsAGeneratorThatEmitsForABusyProcess() {
        Generator alwaysProcessZero = ctx -> Step.emit(
                Invocation.operation(0, OpSpec.read(null), ctx.timeNanos()), Generators.nothing());
        Generator twice = Generators.concat(alwaysProcessZero, alwaysProcessZero);
        Interpreter in = new Interpreter(twice, 2, new SplittableRandom(1));
        in.poll(0);
        assertThatThrownBy(() -> in.poll(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("busy");
    }

    @Test
    void aRunWithInfosAndFailuresIsAValidHistory() {
        VirtualRun.Responder mixed = op -> new VirtualRun.Response(1 + op.index() % 5,
                OpType.values()[1 + (int) (op.index() % 3)], null);
        List<Op> h = VirtualRun.run(limit(500, READS), 4, 3, mixed, Long.MAX_VALUE / 2);
        assertThat(History.of(h).calls()).hasSize(500);
        assertThat(h).extracting(Op::process).anyMatch(p -> p >= 4);
    }

    /** Starts an op on every worker and returns the one {@code worker} got. */
    private static Op firstOpOfWorker(Interpreter in, int worker) {
        Op found = null;
        while (in.poll(0) instanceof Poll.Invoke inv) {
            found = inv.worker() == worker ? inv.op() : found;
        }
        return found;
    }
}
