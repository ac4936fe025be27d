package io.faultline.histories.check.weak;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.session.SessionGuaranteesDetails;
import io.faultline.histories.check.staleread.StaleReadChecker;
import io.faultline.histories.model.KvModel;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WeakCheckersPropertiesTest {
    private static final long NEVER_WRITTEN = 999_999_999L;

    /** Every weaker check's verdicts, the session guarantees one by one. */
    private static List<CheckResult> checkAll(History h) {
        List<CheckResult> results = new ArrayList<>();
        for (CheckResult r : Checkers.run(Checkers.weaker(new KvModel()), h, Budget.defaults())) {
            if (r.details() instanceof SessionGuaranteesDetails d) {
                results.addAll(d.guarantees());
            } else {
                results.add(r);
            }
        }
        return results;
    }

    @Property(tries = 200)
    void aSequentialRunSatisfiesEveryCheck(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int calls,
                                           @ForAll @IntRange(min = 1, max = 5) int workers,
                                           @ForAll @IntRange(min = 1, max = 3) int keys) {
        History h = History.of(SimulatedStore.sequential(seed, calls, workers, keys, 0.1));
        assertThat(checkAll(h)).allSatisfy(r -> assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.VALID));
    }

    @Property(tries = 200)
    void aLinearizableRunSatisfiesEveryCheck(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int calls,
                                             @ForAll @IntRange(min = 1, max = 6) int workers,
                                             @ForAll @IntRange(min = 1, max = 3) int keys) {
        History h = History.of(SimulatedStore.concurrent(seed, calls, workers, keys, 0.1));
        assertThat(checkAll(h)).allSatisfy(r -> assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.VALID));
    }

    @Property(tries = 200)
    void laggingFollowerReadsAreSequentialAndKeepTheSessionGuarantees(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int calls,
            @ForAll @IntRange(min = 1, max = 6) int workers, @ForAll @IntRange(min = 1, max = 3) int keys) {
        History h = History.of(FollowerReadStore.run(seed, calls, workers, keys, 0.1));
        assertThat(checkAll(h)).filteredOn(r -> !r.checker().equals(StaleReadChecker.NAME))
                .allSatisfy(r -> assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.VALID));
    }

    @Property(tries = 100)
    void aReadOfAValueNeverWrittenBreaksEveryCheckThatLooksAtReads(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int calls,
            @ForAll @IntRange(min = 1, max = 4) int workers, @ForAll @IntRange(min = 1, max = 3) int keys,
            @ForAll @IntRange(min = 0, max = 1000) int which) {
        List<Op> ops = new ArrayList<>(SimulatedStore.sequential(seed, calls, workers, keys, 0.1));
        List<Integer> okReads = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).type() == OpType.OK && ops.get(i).f().equals("read")) {
                okReads.add(i);
            }
        }
        Assume.that(!okReads.isEmpty());
        int line = okReads.get(which % okReads.size());
        Op read = ops.get(line);
        ops.set(line, new Op(read.index(), read.time(), read.type(), read.process(), read.f(), read.key(),
                NEVER_WRITTEN, read.node(), read.error()));
        assertThat(checkAll(History.of(ops)))
                .allSatisfy(r -> assertThat(r.verdict()).as(r.checker() + ": " + r.summary())
                        .isEqualTo(Verdict.INVALID));
    }
}
