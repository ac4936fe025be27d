package io.faultline.histories.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.CheckSuite;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.check.session.SessionGuaranteesDetails;
import io.faultline.histories.check.weak.Checkers;
import io.faultline.histories.codec.Histories;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.Model;
import io.faultline.histories.testing.RandomHistories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Implication as a law: a linearizable history is sequentially consistent, keeps the session guarantees, has
 * no stale read and neither diverges nor loses a write, so on every history the linearizability checker calls
 * valid, no weaker check may say invalid. Checked on every public reference history (the project's fixtures, and
 * any folder of them named by {@code -Dfaultline.fixtures=DIR}, laid out the same way) and on random histories.
 * The weaker checks run in full here, not settled by the suite's shortcut.
 */
class ImplicationLawTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Arguments> referenceHistories() {
        List<Path> roots = new ArrayList<>(List.of(FIXTURES));
        String extra = System.getProperty("faultline.fixtures");
        if (extra != null) {
            roots.add(Path.of(extra));
        }
        return roots.stream().flatMap(ImplicationLawTest::rows);
    }

    /** (path, expected linearizable) from each EXPECTED.tsv under {@code root}. */
    private static Stream<Arguments> rows(Path root) {
        return Stream.of("porcupine", "knossos").map(root::resolve).filter(d -> Files.exists(d.resolve("EXPECTED.tsv")))
                .flatMap(dir -> {
                    try {
                        List<String> lines = Files.readAllLines(dir.resolve("EXPECTED.tsv"));
                        int column = List.of(lines.get(0).split("\t")).indexOf("expected_linearizable");
                        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t"))
                                .filter(cells -> Files.exists(dir.resolve(cells[0])))
                                .map(cells -> Arguments.of(dir.resolve(cells[0]), Boolean.parseBoolean(cells[column])));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static Model<?> modelFor(Path file) {
        String path = file.toString();
        if (path.contains("porcupine/jepsen/")) {
            return new CasRegisterModel();
        }
        return path.contains("porcupine/kv/") ? KvModel.porcupine() : CasRegisterModel.knossos();
    }

    @ParameterizedTest(name = "{0} linearizable: {1}")
    @MethodSource("referenceHistories")
    void noWeakerCheckContradictsThePublishedVerdict(Path file, boolean linearizable) {
        Model<?> model = modelFor(file);
        History history = Histories.read(file);
        CheckResult lin = new LinearizabilityChecker(model).check(history);
        assertThat(lin.verdict()).as(lin.summary()).isEqualTo(linearizable ? Verdict.VALID : Verdict.INVALID);
        if (linearizable) {
            assertNoWeakerCheckIsInvalid(model, history);
            List<CheckResult> suite = CheckSuite.standard(model).run(history, Budget.defaults());
            assertThat(suite).allSatisfy(r -> assertThat(r.verdict()).as(r.checker() + ": " + r.summary())
                    .isEqualTo(Verdict.VALID));
        }
    }

    @Property(tries = 10_000)
    void onRandomHistories(@ForAll WeakCheckersAgreeWithOraclesTest.Setup setup, @ForAll long seed,
                           @ForAll @IntRange(min = 1, max = 9) int calls,
                           @ForAll @IntRange(min = 1, max = 3) int processes, @ForAll boolean repeats) {
        History h = setup.history(seed, calls, processes, repeats);
        if (new LinearizabilityChecker(setup.model).check(h).verdict() == Verdict.VALID) {
            assertNoWeakerCheckIsInvalid(setup.model, h);
        }
    }

    /** Values from a domain of three, so most repeat: the weaker checks must then hold back, never contradict. */
    @Property(tries = 5_000)
    void onRandomHistoriesWhoseValuesRepeat(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int calls,
                                            @ForAll @IntRange(min = 1, max = 4) int processes, @ForAll boolean kv) {
        Model<?> model = kv ? new KvModel() : CasRegisterModel.knossos();
        History h = RandomHistories.of(seed, calls, processes, kv ? List.of("read", "write", "cas", "delete")
                : List.of("read", "write", "cas"), kv ? List.of("a", "b") : Arrays.asList((Object) null));
        if (new LinearizabilityChecker(model).check(h).verdict() == Verdict.VALID) {
            assertNoWeakerCheckIsInvalid(model, h);
        }
    }

    private static void assertNoWeakerCheckIsInvalid(Model<?> model, History h) {
        for (Checker c : Checkers.weaker(model)) {
            CheckResult r = c.check(h, Budget.defaults());
            List<CheckResult> parts = r.details() instanceof SessionGuaranteesDetails d ? d.guarantees() : List.of();
            assertThat(r.verdict()).as(c.name() + ": " + r.summary() + "\n"
                    + WeakCheckersAgreeWithOraclesTest.explain("law", null, h)).isNotEqualTo(Verdict.INVALID);
            assertThat(parts).allSatisfy(p -> assertThat(p.verdict()).as(p.summary()).isNotEqualTo(Verdict.INVALID));
        }
    }
}
