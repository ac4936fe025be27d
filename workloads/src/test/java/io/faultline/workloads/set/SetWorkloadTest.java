package io.faultline.workloads.set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Verdict;
import io.faultline.workloads.FakeLinKv;
import io.faultline.workloads.Workload;
import io.faultline.workloads.WorkloadOptions;
import io.faultline.workloads.WorkloadRun;
import io.faultline.workloads.Verdicts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetWorkloadTest {
    private static final Workload SET = new SetWorkload();
    private static final WorkloadOptions OPTIONS = WorkloadOptions.defaults();

    @Test
    void addsUniqueIntegersWithOccasionalReads() {
        History h = run(new FakeLinKv(), 1);
        List<Object> added = h.calls().stream().filter(c -> c.f().equals("add")).map(Call::input).toList();
        long reads = h.calls().stream().filter(c -> c.f().equals("read")).count();
        assertThat(added).doesNotHaveDuplicates().hasSizeGreaterThan(100);
        assertThat(reads).isBetween(OPTIONS.concurrency() + 1L, added.size() / 5L);
    }

    @Test
    void everyWorkerReadsTheWholeSetAtTheEnd() {
        History h = run(new FakeLinKv(), 2);
        List<Call> last = h.calls().subList(h.calls().size() - OPTIONS.concurrency(), h.calls().size());
        long acknowledged = h.calls().stream().filter(c -> c.f().equals("add") && c.isOk()).count();
        assertThat(last).allSatisfy(c -> assertThat((List<?>) c.output()).hasSize((int) acknowledged));
    }

    @Test
    void aCorrectStoreKeepsEveryAddAndALossyOneIsCaught() {
        assertThat(Verdicts.of(SET, OPTIONS, run(new FakeLinKv().timeoutEvery(13), 3)))
                .containsExactly(entry("linearizable", Verdict.VALID), entry("eventual", Verdict.VALID));
        assertThat(Verdicts.of(SET, OPTIONS, run(new FakeLinKv().lostWriteEvery(17), 3)))
                .containsExactly(entry("linearizable", Verdict.INVALID), entry("eventual", Verdict.INVALID));
    }

    private static History run(FakeLinKv store, long seed) {
        return WorkloadRun.run(SET, OPTIONS, Duration.ofMillis(500), store, seed);
    }
}
