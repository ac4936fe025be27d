package io.faultline.workloads.generator;

import static io.faultline.workloads.generator.Generators.eachWorker;
import static io.faultline.workloads.generator.Generators.interleave;
import static io.faultline.workloads.generator.Generators.limit;
import static io.faultline.workloads.generator.Generators.mix;
import static io.faultline.workloads.generator.Generators.once;
import static io.faultline.workloads.generator.Generators.op;
import static io.faultline.workloads.generator.Generators.phases;
import static io.faultline.workloads.generator.Generators.repeat;
import static io.faultline.workloads.generator.Generators.repeatedly;
import static io.faultline.workloads.generator.Generators.weightedMix;
import static io.faultline.workloads.generator.TestHistories.completions;
import static io.faultline.workloads.generator.TestHistories.countByF;
import static io.faultline.workloads.generator.TestHistories.invokes;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositionTest {
    private static final long MS = 1_000_000;
    private static final Generator MIXED = mix(repeat(op("read", null, null)), repeat(op("write", null, 1L)),
            repeat(op("cas", null, List.of(1L, 2L))));

    @Test
    void phasesStartOnlyAfterEveryEarlierOpCompleted() {
        // Latency varies by process, so the first phase's ops complete at different times.
        VirtualRun.Responder slowVaried = op -> VirtualRun.Response.ok((op.process() % 4 + 1) * 7 * MS, null);
        Generator gen = phases(limit(10, repeat(op("write", null, 1L))), limit(10, repeat(op("read", null, null))));
        List<Op> h = VirtualRun.run(gen, 4, 3, slowVaried, Long.MAX_VALUE / 2);
        long lastWriteDone = completions(h).stream().filter(o -> o.f().equals("write")).mapToLong(Op::index).max()
                .orElseThrow();
        long firstRead = invokes(h).stream().filter(o -> o.f().equals("read")).mapToLong(Op::index).min()
                .orElseThrow();
        assertThat(firstRead).isGreaterThan(lastWriteDone);
    }

    @Test
    void sameSeedSameHistoryOtherSeedOtherHistory() {
        Generator gen = limit(300, MIXED.stagger(Duration.ofMillis(2)));
        assertThat(VirtualRun.run(gen, 5, 11)).isEqualTo(VirtualRun.run(gen, 5, 11));
        assertThat(VirtualRun.run(gen, 5, 11)).isNotEqualTo(VirtualRun.run(gen, 5, 12));
    }

    @Test
    void mixIsExactForASeedAndRoughlyUniform() {
        Map<String, Long> counts = countByF(VirtualRun.run(limit(30_000, MIXED), 5, 7));
        assertThat(counts).isEqualTo(countByF(VirtualRun.run(limit(30_000, MIXED), 5, 7)));
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(9_700L, 10_300L));
    }

    @Test
    void weightedMixFollowsItsWeights() {
        Generator gen = weightedMix(List.of(repeat(op("read", null, null)), repeat(op("write", null, 1L))),
                List.of(9.0, 1.0));
        Map<String, Long> counts = countByF(VirtualRun.run(limit(20_000, gen), 4, 5));
        assertThat(counts.get("read")).isBetween(17_800L, 18_200L);
    }

    @Test
    void mixDropsExhaustedGenerators() {
        Generator gen = mix(limit(5, repeat(op("write", null, 1L))), limit(100, repeat(op("read", null, null))));
        assertThat(countByF(VirtualRun.run(gen, 3, 1))).containsEntry("write", 5L).containsEntry("read", 100L);
    }

    @Test
    void interleaveRoutesClientOpsToClientsAndNemesisOpsToTheNemesis() {
        Generator clients = limit(200, repeat(op("read", null, null))).stagger(Duration.ofMillis(1));
        Generator nemesis = limit(6, repeat(op("kill", null, null))).stagger(Duration.ofMillis(20));
        List<Op> h = invokes(VirtualRun.run(interleave(clients, nemesis), 3, 9));
        assertThat(h).filteredOn(Op::isNemesis).extracting(Op::f).containsOnly("kill").hasSize(6);
        assertThat(h).filteredOn(op -> !op.isNemesis()).extracting(Op::f).containsOnly("read").hasSize(200);
        long firstKill = h.stream().filter(Op::isNemesis).findFirst().orElseThrow().index();
        long lastRead = h.stream().filter(op -> !op.isNemesis()).reduce((a, b) -> b).orElseThrow().index();
        assertThat(firstKill).isLessThan(lastRead); // side by side, not one after the other
    }

    @Test
    void eachWorkerRunsItsOwnCopyOnEveryClientWorkerEvenAfterAnInfo() {
        // Worker 1's first read ends in info: its copy continues under process 1 + 4 = 5.
        VirtualRun.Responder infoForProcess1 = op -> new VirtualRun.Response(MS,
                op.process() == 1 ? OpType.INFO : OpType.OK, null);
        Generator gen = eachWorker(limit(2, repeat(op("read", null, null))));
        List<Op> h = invokes(VirtualRun.run(gen, 4, 1, infoForProcess1, Long.MAX_VALUE / 2));
        assertThat(h).hasSize(8).noneMatch(Op::isNemesis);
        assertThat(h).extracting(Op::process).containsExactlyInAnyOrder(0L, 0L, 1L, 5L, 2L, 2L, 3L, 3L);
    }

    @Test
    void eachWorkerOfOnceGivesOneFinalReadPerWorker() {
        List<Op> h = invokes(VirtualRun.run(eachWorker(once(repeatedly(r -> OpSpec.read(null)))), 5, 1));
        assertThat(h).extracting(Op::process).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L);
    }
}
