package io.faultline.workloads.generator;

import static io.faultline.workloads.generator.Generators.independentKeys;
import static io.faultline.workloads.generator.Generators.limit;
import static io.faultline.workloads.generator.Generators.repeatedly;
import static io.faultline.workloads.generator.TestHistories.invokes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.Op;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndependentKeysTest {
    private static final Generator TEN_READS = limit(10, repeatedly(r -> OpSpec.read(null)));

    @Test
    void everyKeyGetsItsOwnGeneratorAndItsKeyOnEveryOp() {
        List<Op> h = invokes(VirtualRun.run(independentKeys(2, List.of("a", "b", "c", "d", "e"), k -> TEN_READS), 4, 1));
        Map<Object, Long> perKey = h.stream().collect(Collectors.groupingBy(Op::key, Collectors.counting()));
        assertThat(perKey).containsOnlyKeys("a", "b", "c", "d", "e").allSatisfy((k, n) -> assertThat(n).isEqualTo(10));
    }

    @Test
    void eachKeyIsWorkedOnByOneGroupOfWorkersOnly() {
        List<Op> h = invokes(VirtualRun.run(limit(400, independentKeys(3, k -> TEN_READS)), 6, 1));
        Map<Object, Set<Long>> workersPerKey = h.stream().collect(Collectors.groupingBy(Op::key,
                Collectors.mapping(op -> op.process() % 6, Collectors.toSet())));
        assertThat(workersPerKey.values()).allSatisfy(ws -> assertThat(ws.size()).isLessThanOrEqualTo(3)
                .satisfies(n -> assertThat(ws.stream().map(w -> w / 3).distinct().count()).isEqualTo(1)));
    }

    @Test
    void groupsWorkOnDifferentKeysConcurrently() {
        List<Op> h = invokes(VirtualRun.run(independentKeys(2, List.of(0L, 1L, 2L), k -> TEN_READS), 4, 1));
        // The first four invocations, at time 0, use all four workers: two keys at once.
        assertThat(h.subList(0, 4)).extracting(Op::key).containsOnly(0L, 1L);
        assertThat(h.subList(0, 4)).extracting(Op::time).containsOnly(0L);
        assertThat(h).extracting(Op::key).containsSubsequence(0L, 2L);
    }

    @Test
    void endlessKeysAreTheNaturalNumbersInOrder() {
        List<Op> h = invokes(VirtualRun.run(limit(35, independentKeys(1, k -> TEN_READS)), 1, 1));
        assertThat(h).extracting(Op::key).containsOnly(0L, 1L, 2L, 3L);
        assertThat(h.get(34).key()).isEqualTo(3L);
    }

    @Test
    void aWorkerCountThatIsNotAMultipleOfTheGroupSizeIsAnError() {
        assertThatThrownBy(() -> VirtualRun.run(independentKeys(2, k -> TEN_READS), 3, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("multiple of 2");
    }
}
