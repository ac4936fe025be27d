package io.faultline.histories.check.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.codec.Histories;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.Model;
import io.faultline.histories.testing.CallHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference history gets exactly the verdict its source project states (fixtures/…/EXPECTED.tsv), under
 * the model that project used: Porcupine's etcd logs a cas-register from nil; its kv logs the kv model with
 * "" for an absent key; Knossos's cas-register histories start at 0 and take a nil read as always legal.
 */
class GoldenFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Arguments> fixtures() throws IOException {
        return Stream.concat(rows("porcupine"), rows("knossos"));
    }

    static Stream<String> failingFixtures() throws IOException {
        return fixtures().filter(row -> !(Boolean) row.get()[1]).map(row -> (String) row.get()[0]);
    }

    /** (file, expected linearizable) for each row of a folder's EXPECTED.tsv. */
    private static Stream<Arguments> rows(String folder) throws IOException {
        List<String> lines = Files.readAllLines(FIXTURES.resolve(folder).resolve("EXPECTED.tsv"));
        assertThat(lines.get(0).split("\t")[2]).isEqualTo("expected_linearizable");
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t"))
                .map(cells -> Arguments.of(folder + "/" + cells[0], Boolean.parseBoolean(cells[2])));
    }

    private static Model<?> modelFor(String file) {
        if (file.startsWith("porcupine/jepsen/")) {
            return new CasRegisterModel();
        }
        if (file.startsWith("porcupine/kv/")) {
            return KvModel.porcupine();
        }
        return CasRegisterModel.knossos();
    }

    @ParameterizedTest(name = "{0} linearizable: {1}")
    @MethodSource("fixtures")
    void getsTheVerdictItsSourceStates(String file, boolean linearizable) {
        History history = Histories.read(FIXTURES.resolve(file));
        CheckResult result = new LinearizabilityChecker(modelFor(file)).check(history);
        assertThat(result.verdict()).as(result.summary())
                .isEqualTo(linearizable ? Verdict.VALID : Verdict.INVALID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingFixtures")
    void aFailingFixtureShrinksToACounterexampleThatFailsOnItsOwn(String file) {
        Model<?> model = modelFor(file);
        CheckResult result = new LinearizabilityChecker(model).check(Histories.read(FIXTURES.resolve(file)));
        var counterexample = ((LinearizabilityDetails) result.details()).counterexample();
        History alone = CallHistory.of(counterexample.calls());
        assertThat(new LinearizabilityChecker(model).check(alone).verdict()).isEqualTo(Verdict.INVALID);
        assertThat(counterexample.longestPrefix()).doesNotContain(counterexample.unplaceable());
    }
}
