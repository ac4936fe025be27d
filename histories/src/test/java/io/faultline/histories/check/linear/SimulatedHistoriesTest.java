package io.faultline.histories.check.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.Model;
import io.faultline.histories.model.RegisterModel;
import io.faultline.histories.model.SetModel;
import io.faultline.histories.testing.Mutations;
import io.faultline.histories.testing.Simulation;
import io.faultline.histories.testing.Workload;
import io.faultline.histories.testing.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Histories simulated with a linearization point inside every op are linearizable; the same histories with
 * one read made impossible (a value never written, or one overwritten before the read began) are not.
 */
class SimulatedHistoriesTest {

    enum Kind {
        REGISTER(new RegisterModel(), Workloads.registers(false, 0)),
        CAS_REGISTER(new CasRegisterModel(), Workloads.registers(true, 0)),
        KV(new KvModel(), Workloads.registers(true, 3)),
        SET(new SetModel(), Workloads.set());

        final Model<?> model;
        final Workload workload;

        Kind(Model<?> model, Workload workload) {
            this.model = model;
            this.workload = workload;
        }
    }

    private static History simulate(Kind kind, long seed, int processes, int ops) {
        return new Simulation(kind.workload, seed, 0.1).run(processes, ops);
    }

    private static CheckResult check(Kind kind, History h) {
        return new LinearizabilityChecker(kind.model).check(h);
    }

    @Property(tries = 400)
    void simulatedHistoriesAreLinearizable(@ForAll Kind kind, @ForAll long seed,
                                           @ForAll @IntRange(min = 1, max = 6) int processes,
                                           @ForAll @IntRange(min = 1, max = 80) int ops) {
        CheckResult r = check(kind, simulate(kind, seed, processes, ops));
        assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.VALID);
    }

    @Property(tries = 300)
    void aReadOfAValueNeverWrittenIsNotLinearizable(@ForAll Kind kind, @ForAll long seed,
                                                    @ForAll @IntRange(min = 2, max = 5) int processes) {
        History h = simulate(kind, seed, processes, 40);
        Call read = Mutations.anyRead(h, new Random(seed)).orElse(null);
        Assume.that(read != null);
        Object impossible = kind == Kind.SET ? withElement(read.output(), -1L) : (Object) (-1L);
        CheckResult r = check(kind, Mutations.withOutput(h, read, impossible));
        assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.INVALID);
    }

    @Property(tries = 300)
    void aStaleReadIsNotLinearizable(@ForAll Kind kind, @ForAll long seed,
                                     @ForAll @IntRange(min = 2, max = 5) int processes) {
        Assume.that(kind != Kind.SET);
        History h = simulate(kind, seed, processes, 60);
        Mutations.Stale stale = Mutations.staleRead(h, new Random(seed)).orElse(null);
        Assume.that(stale != null);
        CheckResult r = check(kind, Mutations.withOutput(h, stale.read(), stale.value()));
        assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.INVALID);
    }

    /** For sets, a stale read is one that misses an element whose add completed before the read began. */
    @Property(tries = 200)
    void aSetReadMissingAnEarlierAddIsNotLinearizable(@ForAll long seed,
                                                      @ForAll @IntRange(min = 2, max = 5) int processes) {
        History h = simulate(Kind.SET, seed, processes, 40);
        List<Call[]> candidates = new ArrayList<>();
        for (Call read : h.calls()) {
            h.calls().stream().filter(add -> add.isOk() && add.f().equals("add") && add.precedes(read)
                    && read.isOk() && read.f().equals("read")).forEach(add -> candidates.add(new Call[] {read, add}));
        }
        Assume.that(!candidates.isEmpty());
        Call[] pick = candidates.get(new Random(seed).nextInt(candidates.size()));
        List<Object> missing = new ArrayList<>((List<?>) pick[0].output());
        missing.remove(pick[1].input());
        CheckResult r = check(Kind.SET, Mutations.withOutput(h, pick[0], missing));
        assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.INVALID);
    }

    private static List<Object> withElement(Object output, Object element) {
        List<Object> elements = new ArrayList<>((List<?>) output);
        elements.add(element);
        return elements;
    }
}
