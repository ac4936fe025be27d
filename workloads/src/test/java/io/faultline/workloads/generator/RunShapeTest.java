package io.faultline.workloads.generator;

import static io.faultline.workloads.generator.Generators.concat;
import static io.faultline.workloads.generator.Generators.cycle;
import static io.faultline.workloads.generator.Generators.eachWorker;
import static io.faultline.workloads.generator.Generators.interleave;
import static io.faultline.workloads.generator.Generators.onNemesis;
import static io.faultline.workloads.generator.Generators.op;
import static io.faultline.workloads.generator.Generators.phases;
import static io.faultline.workloads.generator.Generators.repeat;
import static io.faultline.workloads.generator.Generators.sleep;
import static io.faultline.workloads.generator.TestHistories.invokes;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape every run has: main ops beside faults, heal, settle, final reads (DESIGN, Workload Javadoc). */
class RunShapeTest {
    private static final long MS = 1_000_000;

    private static Generator run() {
        Generator clients = repeat(op("write", 0L, 1L)).stagger(Duration.ofMillis(2));
        Generator nemesis = cycle(concat(op("start-partition", null, null), sleep(Duration.ofMillis(30)),
                op("stop-partition", null, null), sleep(Duration.ofMillis(30))));
        return phases(interleave(clients, nemesis).timeLimit(Duration.ofMillis(500)),
                onNemesis(op("stop-partition", null, null)), sleep(Duration.ofMillis(100)),
                eachWorker(op("read", 0L, null)));
    }

    @Test
    void mainPhaseThenHealThenSettleThenOneFinalReadPerWorker() {
        // Nemesis ops complete in info, as faults do; the nemesis keeps its process.
        VirtualRun.Responder responder = op -> new VirtualRun.Response(MS, op.isNemesis() ? OpType.INFO : OpType.OK,
                op.value());
        List<Op> h = VirtualRun.run(run(), 4, 1, responder, Long.MAX_VALUE / 2);
        List<Op> invokes = invokes(h);
        Op heal = invokes.stream().filter(op -> op.isNemesis() && op.time() >= 500 * MS).findFirst().orElseThrow();
        List<Op> finals = invokes.stream().filter(op -> op.f().equals("read")).toList();

        assertThat(invokes).filteredOn(Op::isNemesis).extracting(Op::f).startsWith("start-partition", "stop-partition");
        assertThat(invokes).filteredOn(op -> op.f().equals("write")).allMatch(op -> op.time() < 500 * MS)
                .hasSizeGreaterThan(200);
        assertThat(heal.f()).isEqualTo("stop-partition");
        assertThat(h.stream().filter(op -> op.index() < heal.index())).allMatch(op -> op.time() <= heal.time());
        assertThat(finals).hasSize(4).allMatch(op -> op.time() >= heal.time() + 100 * MS);
        assertThat(History.of(h).nemesisOps()).allMatch(op -> op.process() == Op.NEMESIS);
    }
}
