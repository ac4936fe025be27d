package io.faultline.workloads.register;

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

class RegisterWorkloadTest {
    private static final Workload REGISTER = new RegisterWorkload();
    private static final WorkloadOptions OPTIONS = WorkloadOptions.defaults();

    @Test
    void mixesReadsWritesAndCasOnOneKeyWithUniqueWrittenValues() {
        History h = run(new FakeLinKv(), 1);
        Map<String, Long> byF = h.calls().stream().collect(Collectors.groupingBy(Call::f, Collectors.counting()));
        assertThat(byF).containsOnlyKeys("read", "write", "cas");
        assertThat(byF.values()).allSatisfy(n -> assertThat(n).isGreaterThan(h.calls().size() / 5));
        assertThat(h.calls()).extracting(Call::key).containsOnly(RegisterWorkload.KEY);
        assertThat(writtenValues(h)).doesNotHaveDuplicates();
    }

    @Test
    void someCasSucceedAndSomeFailOnTheirPrecondition() {
        History h = run(new FakeLinKv(), 2);
        List<Call> cas = h.calls().stream().filter(c -> c.f().equals("cas")).toList();
        assertThat(cas).anyMatch(Call::isOk).anyMatch(c -> "precondition-failed".equals(c.error()));
    }

    @Test
    void endsWithOneReadPerWorker() {
        History h = run(new FakeLinKv(), 3);
        List<Call> last = h.calls().subList(h.calls().size() - OPTIONS.concurrency(), h.calls().size());
        assertThat(last).extracting(Call::f).containsOnly("read");
        assertThat(last).extracting(c -> c.process() % OPTIONS.concurrency()).doesNotHaveDuplicates();
    }

    @Test
    void aCorrectStorePassesEveryChecker() {
        // Short and without lost replies (so five processes): the sequential checker's search is exponential.
        History h = WorkloadRun.run(REGISTER, OPTIONS, Duration.ofMillis(150), new FakeLinKv(), 4);
        assertThat(Verdicts.of(REGISTER, OPTIONS, h)).containsOnlyKeys("linearizable", "sequential",
                "session-guarantees", "stale-reads", "eventual").allSatisfy((c, v) -> assertThat(v).isEqualTo(Verdict.VALID));
    }

    @Test
    void lostRepliesAreInfoAndStillLinearizable() {
        History h = run(new FakeLinKv().timeoutEvery(7), 4);
        assertThat(h.ops()).anyMatch(op -> op.type() == OpType.INFO);
        // Many retired processes make the sequential search too long for a unit test: it is left out here.
        assertThat(Verdicts.of(REGISTER, OPTIONS, h, c -> !c.name().equals("sequential")))
                .containsEntry("linearizable", Verdict.VALID)
                .containsEntry("session-guarantees", Verdict.VALID).containsEntry("stale-reads", Verdict.VALID)
                .containsEntry("eventual", Verdict.VALID);
    }

    @Test
    void staleReadsAreCaught() {
        History h = run(new FakeLinKv().staleReadEvery(5), 5);
        assertThat(Verdicts.of(REGISTER, OPTIONS, h)).containsEntry("linearizable", Verdict.INVALID)
                .containsEntry("stale-reads", Verdict.INVALID);
    }

    private static List<Object> writtenValues(History h) {
        return h.calls().stream().filter(c -> !c.f().equals("read"))
                .map(c -> c.f().equals("cas") ? ((List<?>) c.input()).get(1) : c.input()).toList();
    }

    private static History run(FakeLinKv store, long seed) {
        return WorkloadRun.run(REGISTER, OPTIONS, Duration.ofSeconds(1), store, seed);
    }
}
