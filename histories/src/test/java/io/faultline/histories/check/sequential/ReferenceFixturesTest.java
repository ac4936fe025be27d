package io.faultline.histories.check.sequential;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.codec.Histories;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference histories that their source projects call linearizable (fixtures/…/EXPECTED.tsv) are
 * sequentially consistent too, under the model each project used: a linearizable history is sequentially
 * consistent, so any other verdict is a bug in the sequential check.
 */
class ReferenceFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<String> linearizableFixtures() throws IOException {
        return Stream.of("porcupine", "knossos").flatMap(folder -> {
            try {
                return Files.readAllLines(FIXTURES.resolve(folder).resolve("EXPECTED.tsv")).stream().skip(1)
                        .filter(line -> !line.isBlank()).map(line -> line.split("\t"))
                        .filter(cells -> Boolean.parseBoolean(cells[2])).map(cells -> folder + "/" + cells[0]);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Model<?> modelFor(String file) {
        if (file.startsWith("porcupine/jepsen/")) {
            return new CasRegisterModel();
        }
        return file.startsWith("porcupine/kv/") ? KvModel.porcupine() : CasRegisterModel.knossos();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linearizableFixtures")
    void aLinearizableReferenceHistoryIsSequentiallyConsistent(String file) {
        History history = Histories.read(FIXTURES.resolve(file));
        CheckResult r = new SequentialChecker(modelFor(file)).check(history, Budget.defaults());
        assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.VALID);
    }
}
