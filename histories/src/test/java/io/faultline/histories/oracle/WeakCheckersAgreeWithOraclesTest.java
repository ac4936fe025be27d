package io.faultline.histories.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.convergence.ConvergenceChecker;
import io.faultline.histories.check.sequential.SequentialChecker;
import io.faultline.histories.check.session.SessionGuaranteesChecker;
import io.faultline.histories.check.session.SessionGuaranteesDetails;
import io.faultline.histories.check.staleread.StaleReadChecker;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.Model;
import io.faultline.histories.model.RegisterModel;
import io.faultline.histories.model.SetModel;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast weaker checks against their brute-force oracles on many thousands of tiny random histories, crashed
 * ({@code info}) and vanished calls included, under every model and option: the initial value (nil or 0), Knossos's
 * nil reads, one register or two keys, cas and delete, values written more than once. A disagreement fails with
 * the history, one op a line. Where values repeat, a check may answer UNKNOWN (documented), never the wrong way.
 */
class WeakCheckersAgreeWithOraclesTest {

    /** The register models and options the weaker checks must honour. */
    enum Setup {
        REGISTER_NIL(new RegisterModel(), 1, false, false),
        REGISTER_ZERO(new RegisterModel(0L), 1, false, false),
        CAS_NIL(new CasRegisterModel(), 1, true, false),
        KNOSSOS(CasRegisterModel.knossos(), 1, true, false),
        KNOSSOS_NIL_START(new CasRegisterModel(null, true), 1, true, false),
        KV(new KvModel(), 2, true, true),
        KV_ZERO(new KvModel(0L), 2, true, true),
        PORCUPINE_KV(KvModel.porcupine(), 2, false, false);

        final Model<?> model;
        final int keys;
        final boolean cas;
        final boolean delete;

        Setup(Model<?> model, int keys, boolean cas, boolean delete) {
            this.model = model;
            this.keys = keys;
            this.cas = cas;
            this.delete = delete;
        }

        History history(long seed, int calls, int processes, boolean repeats) {
            return new RandomWeakHistories(seed, calls, processes, keys, model.initialValue(), repeats ? 0.3 : 0,
                    cas, delete).registers();
        }
    }

    @Property(tries = 10_000)
    void sequentialConsistency(@ForAll Setup setup, @ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int calls,
                               @ForAll @IntRange(min = 1, max = 3) int processes, @ForAll boolean repeats) {
        History h = setup.history(seed, calls, processes, repeats);
        boolean expected = SequentialOracle.isSequential(setup.model, h);
        Statistics.label("sequential").collect(expected);
        Verdict fast = new SequentialChecker(setup.model).check(h, Budget.defaults()).verdict();
        assertThat(fast).as(explain("sequential", setup, h)).isEqualTo(expected ? Verdict.VALID : Verdict.INVALID);
    }

    @Property(tries = 10_000)
    void sessionGuaranteesTogether(@ForAll Setup setup, @ForAll long seed,
                                   @ForAll @IntRange(min = 1, max = 9) int calls,
                                   @ForAll @IntRange(min = 1, max = 3) int processes, @ForAll boolean repeats) {
        History h = setup.history(seed, calls, processes, repeats);
        OracleVerdict expected = CausalOracle.check(setup.model, h);
        Statistics.label("together").collect(expected);
        CheckResult r = new SessionGuaranteesChecker(setup.model).check(h, Budget.defaults());
        boolean ambiguous = new RegisterFacts(h, setup.model).anyAmbiguousObservationOrCas();
        assertAgrees("session guarantees together", setup, h, r.verdict(), expected, ambiguous);
    }

    @Property(tries = 10_000)
    void eachSessionRule(@ForAll Setup setup, @ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int calls,
                         @ForAll @IntRange(min = 1, max = 3) int processes, @ForAll boolean repeats) {
        History h = setup.history(seed, calls, processes, repeats);
        List<OracleVerdict> expected = SessionRulesOracle.check(setup.model, h);
        CheckResult all = new SessionGuaranteesChecker(setup.model).check(h, Budget.defaults());
        List<CheckResult> each = ((SessionGuaranteesDetails) all.details()).guarantees();
        for (int i = 0; i < expected.size(); i++) {
            Statistics.label(each.get(i).checker()).collect(expected.get(i));
            assertAgrees(each.get(i).checker(), setup, h, each.get(i).verdict(), expected.get(i), false);
        }
        boolean anyRuleBroken = expected.contains(OracleVerdict.INVALID);
        assertThat(!anyRuleBroken || all.verdict() == Verdict.INVALID)
                .as(explain("a broken rule breaks the guarantees together", setup, h)).isTrue();
    }

    @Property(tries = 10_000)
    void staleReads(@ForAll Setup setup, @ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int calls,
                    @ForAll @IntRange(min = 1, max = 3) int processes, @ForAll boolean repeats) {
        History h = setup.history(seed, calls, processes, repeats);
        OracleVerdict expected = StaleReadOracle.check(setup.model, h);
        Statistics.label("stale").collect(expected);
        Verdict fast = new StaleReadChecker(setup.model).check(h, Budget.defaults()).verdict();
        assertAgrees("stale reads", setup, h, fast, expected, false);
    }

    @Property(tries = 10_000)
    void convergenceOfRegisters(@ForAll Setup setup, @ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int calls,
                                @ForAll @IntRange(min = 1, max = 3) int processes, @ForAll boolean repeats) {
        History h = setup.history(seed, calls, processes, repeats);
        OracleVerdict expected = ConvergenceOracle.check(setup.model, h);
        Statistics.label("eventual").collect(expected);
        Verdict fast = new ConvergenceChecker(setup.model).check(h, Budget.defaults()).verdict();
        assertAgrees("eventual", setup, h, fast, expected, false);
    }

    @Property(tries = 10_000)
    void convergenceOfSets(@ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int calls,
                           @ForAll @IntRange(min = 1, max = 3) int processes) {
        History h = new RandomWeakHistories(seed, calls, processes, 1, null, 0, false, false).set();
        OracleVerdict expected = ConvergenceOracle.check(new SetModel(), h);
        Statistics.label("eventual (set)").collect(expected);
        Verdict fast = new ConvergenceChecker(new SetModel()).check(h, Budget.defaults()).verdict();
        assertAgrees("eventual (set)", null, h, fast, expected, false);
    }

    /**
     * The fast verdict matches the oracle's; where the oracle has no answer (values that repeat, no final-read
     * phase) it is UNKNOWN; and where values repeat, a complete check may fall back to UNKNOWN.
     */
    private static void assertAgrees(String what, Setup setup, History h, Verdict fast, OracleVerdict expected,
                                     boolean unknownAllowed) {
        Verdict wanted = switch (expected) {
            case VALID -> Verdict.VALID;
            case INVALID -> Verdict.INVALID;
            case AMBIGUOUS -> Verdict.UNKNOWN;
        };
        if (unknownAllowed && fast == Verdict.UNKNOWN) {
            return;
        }
        assertThat(fast).as(explain(what, setup, h)).isEqualTo(wanted);
    }

    static String explain(String what, Setup setup, History h) {
        String ops = h.ops().stream().map(WeakCheckersAgreeWithOraclesTest::line).collect(Collectors.joining("\n"));
        return what + " under " + setup + ", history:\n" + ops + "\n";
    }

    private static String line(Op op) {
        String p = op.isNemesis() ? "nemesis" : Long.toString(op.process());
        return op.index() + " " + p + " " + op.type().wireName() + " " + op.f()
                + (op.key() == null ? "" : " [" + op.key() + "]") + " " + op.value()
                + (op.error() == null ? "" : " (" + op.error() + ")");
    }
}
