package io.faultline.histories.check.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.Model;
import io.faultline.histories.model.RegisterModel;
import io.faultline.histories.model.SetModel;
import io.faultline.histories.testing.BruteForce;
import io.faultline.histories.testing.RandomHistories;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/** On tiny random histories the checker agrees with trying every real-time-respecting order. */
class BruteForceAgreementTest {

    enum Kind {
        REGISTER(new RegisterModel(), List.of("read", "write"), Arrays.asList((Object) null)),
        CAS_REGISTER(new CasRegisterModel(), List.of("read", "write", "cas"), Arrays.asList((Object) null)),
        KNOSSOS(CasRegisterModel.knossos(), List.of("read", "write", "cas"), Arrays.asList((Object) null)),
        KV(new KvModel(), List.of("read", "write", "cas", "delete"), List.of("a", "b")),
        SET(new SetModel(), List.of("add", "read"), Arrays.asList((Object) null));

        final Model<?> model;
        final List<String> fs;
        final List<Object> keys;

        Kind(Model<?> model, List<String> fs, List<Object> keys) {
            this.model = model;
            this.fs = fs;
            this.keys = keys;
        }
    }

    @Property(tries = 2000)
    void agreesWithBruteForce(@ForAll Kind kind, @ForAll long seed,
                              @ForAll @IntRange(min = 1, max = 7) int calls,
                              @ForAll @IntRange(min = 1, max = 4) int processes) {
        History h = RandomHistories.of(seed, calls, processes, kind.fs, kind.keys);
        boolean expected = BruteForce.isLinearizable(kind.model, h);
        Statistics.label("linearizable").collect(expected);
        Verdict verdict = new LinearizabilityChecker(kind.model).check(h).verdict();
        assertThat(verdict).as("%s", h.ops()).isEqualTo(expected ? Verdict.VALID : Verdict.INVALID);
    }
}
