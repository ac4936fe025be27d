package io.faultline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.model.KvModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's generator: linearizable by construction, reproducible, with the crashes it promises. */
class LinearizableKvGeneratorTest {
    private static final LinearizableKvGenerator.Config SMALL =
            new LinearizableKvGenerator.Config(20_000, 20, 30, 0.10, 50, 20, 7);

    @Test
    void generatedHistoriesAreLinearizable() {
        History h = LinearizableKvGenerator.generate(SMALL);
        assertThat(h.calls()).hasSize(20_000);
        assertThat(new LinearizabilityChecker(KvModel.porcupine()).check(h).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void theSameConfigGivesTheSameHistory() {
        assertThat(LinearizableKvGenerator.generate(SMALL).ops()).isEqualTo(LinearizableKvGenerator.generate(SMALL).ops());
    }

    @Test
    void aboutTheRequestedShareOfCallsCrashAndSomeCasFail() {
        List<Call> calls = LinearizableKvGenerator.generate(SMALL).calls();
        long crashed = calls.stream().filter(Call::isUnknown).count();
        assertThat(crashed).isBetween(1_600L, 2_400L);
        assertThat(calls).anyMatch(c -> c.isFail() && "precondition-failed".equals(c.error()));
    }

    @Test
    void aGetChangedToAValueNeverPutIsCaught() {
        History h = LinearizableKvGenerator.generate(SMALL);
        List<Op> ops = new ArrayList<>(h.ops());
        int last = ops.size() - 1;
        while (!(ops.get(last).type() == OpType.OK && ops.get(last).f().equals("get"))) {
            last--;
        }
        Op get = ops.get(last);
        ops.set(last, new Op(-1, -1, OpType.OK, get.process(), "get", get.key(), "never put", null, null));
        History broken = History.of("broken", ops);
        assertThat(new LinearizabilityChecker(KvModel.porcupine()).check(broken).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void theFixturesAreFoundFromTheModuleFolder() {
        assertThat(Fixtures.etcd()).hasSize(40);
        assertThat(Fixtures.kv()).hasSize(6);
    }
}
