package io.faultline.workloads.kv;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.OpType;
import io.faultline.histories.check.Verdict;
import io.faultline.workloads.FakeLinKv;
import io.faultline.workloads.Workload;
import io.faultline.workloads.WorkloadOptions;
import io.faultline.workloads.WorkloadRun;
import io.faultline.workloads.Verdicts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KvWorkloadTest {
    private static final Workload KV = new KvWorkload();
    private static final WorkloadOptions OPTIONS = WorkloadOptions.defaults().with("keys", "8");

    @Test
    void putsAndGetsOnZipfDistributedKeysWithUniqueValues() {
        History h = run(OPTIONS, new FakeLinKv(), 1);
        List<Call> main = mainPhase(h, OPTIONS);
        Map<Object, Long> perKey = main.stream().collect(Collectors.groupingBy(Call::key, Collectors.counting()));
        assertThat(perKey.keySet()).allMatch(k -> (Long) k >= 0 && (Long) k < 8);
        assertThat(perKey.get(0L)).isGreaterThan(perKey.get(1L)).isGreaterThan(2 * perKey.get(7L));
        assertThat(main).extracting(Call::f).containsOnly("read", "write");
        assertThat(main.stream().filter(c -> c.f().equals("write")).map(Call::input).toList()).doesNotHaveDuplicates();
    }

    @Test
    void theExponentAndReadFractionOptionsShapeTheLoad() {
        WorkloadOptions uniformWrites = OPTIONS.with("zipf-exponent", "0").with("read-fraction", "0");
        List<Call> main = mainPhase(run(uniformWrites, new FakeLinKv(), 2), uniformWrites);
        assertThat(main).extracting(Call::f).containsOnly("write");
        Map<Object, Long> perKey = main.stream().collect(Collectors.groupingBy(Call::key, Collectors.counting()));
        assertThat(perKey.get(0L)).isLessThan(2 * perKey.get(7L));
    }

    @Test
    void finalReadsCoverEveryKeyFromEveryWorker() {
        History h = run(OPTIONS, new FakeLinKv(), 3);
        List<Call> last = h.calls().subList(h.calls().size() - 8 * 5, h.calls().size());
        assertThat(last).extracting(Call::f).containsOnly("read");
        assertThat(last.stream().map(c -> c.process() % 5 + ":" + c.key()).distinct()).hasSize(40);
    }

    @Test
    void aCorrectStorePassesEveryChecker() {
        // Short and without lost replies (so five processes): the sequential checker's search is exponential.
        History h = WorkloadRun.run(KV, OPTIONS, Duration.ofMillis(150), new FakeLinKv(), 4);
        assertThat(Verdicts.of(KV, OPTIONS, h))
                .containsOnlyKeys("linearizable", "sequential", "session-guarantees", "stale-reads", "eventual")
                .allSatisfy((checker, verdict) -> assertThat(verdict).isEqualTo(Verdict.VALID));
    }

    @Test
    void lostRepliesAreInfoAndStillLinearizable() {
        History h = run(OPTIONS, new FakeLinKv().timeoutEvery(9), 5);
        assertThat(h.ops()).anyMatch(op -> op.type() == OpType.INFO);
        // Many retired processes make the sequential search too long for a unit test: it is left out here.
        assertThat(Verdicts.of(KV, OPTIONS, h, c -> !c.name().equals("sequential")))
                .containsEntry("linearizable", Verdict.VALID)
                .containsEntry("session-guarantees", Verdict.VALID).containsEntry("stale-reads", Verdict.VALID)
                .containsEntry("eventual", Verdict.VALID);
    }

    @Test
    void lostAndStaleWritesAreCaught() {
        assertThat(Verdicts.of(KV, OPTIONS, run(OPTIONS, new FakeLinKv().lostWriteEvery(11), 4)))
                .containsEntry("linearizable", Verdict.INVALID);
        assertThat(Verdicts.of(KV, OPTIONS, run(OPTIONS, new FakeLinKv().staleReadEvery(6), 4)))
                .containsEntry("linearizable", Verdict.INVALID).containsEntry("stale-reads", Verdict.INVALID);
    }

    private static List<Call> mainPhase(History h, WorkloadOptions options) {
        return h.calls().subList(0, h.calls().size() - 8 * options.concurrency());
    }

    private static History run(WorkloadOptions options, FakeLinKv store, long seed) {
        return WorkloadRun.run(KV, options, Duration.ofSeconds(2), store, seed);
    }
}
