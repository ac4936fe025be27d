package io.faultline.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.runner.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ClusterTestTest {

    @TempDir
    Path store;

    @Test
    void aDescriptionIsAValueEachStepReturnsANewOne() {
        ClusterTest base = Faultline.cluster("quorum");
        ClusterTest three = base.nodes(3).bug("r=1").option("n", "3").nemesis("partition", "kill").seed(4);

        assertThat(base.spec().nodeCount()).isEqualTo(5);
        assertThat(base.spec().runtime()).isEqualTo("sim");
        assertThat(base.spec().timeLimit()).isEqualTo(Duration.ofSeconds(10));
        assertThat(base.spec().storeDir()).isEqualTo(Path.of("target", "faultline"));
        assertThat(three.spec().nodeCount()).isEqualTo(3);
        assertThat(three.spec().bugs()).containsExactly("r=1");
        assertThat(three.spec().systemOptions()).containsEntry("n", "3");
        assertThat(three.spec().nemeses()).containsExactly("partition", "kill");
        assertThat(three.spec().seed()).isEqualTo(4);
    }

    @Test
    void aCommandDescribesAMaelstromClusterOfThatProgram() {
        ClusterTest test = Faultline.command("./my-node", "--fast").nemesis("partition");

        assertThat(test.spec().runtime()).isEqualTo("maelstrom");
        assertThat(test.spec().system()).isEqualTo("maelstrom");
        assertThat(test.spec().bin()).containsExactly("./my-node", "--fast");
        assertThat(test.spec().nodeCount()).isEqualTo(3);
    }

    @Test
    void anUnknownNameFailsBeforeAnythingRunsAndListsTheKnownOnes() {
        assertThatThrownBy(() -> Faultline.cluster("rafft").store(store).requires(Consistency.LINEARIZABLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rafft")
                .hasMessageContaining("raft");
        assertThat(store).isEmptyDirectory();
    }

    @Test
    void aWeakerRequirementPassesWhereAStrongerOneFailsOnTheSameHistory() throws Exception {
        ClusterTest quorum = Faultline.cluster("quorum").seed(1)
                .store(store);

        AssertionFailedError failure = org.junit.jupiter.api.Assertions.assertThrows(AssertionFailedError.class,
                () -> quorum.requires(Consistency.LINEARIZABLE));
        RunResult run = quorum.requires(Consistency.EVENTUAL);

        assertThat(failure.getMessage()).startsWith("quorum-register-none (seed 1, runtime sim) is not linearizable")
                .contains("not-linearizable at history lines [").contains("run folder:     " + store.toAbsolutePath())
                .contains("reproduce with: ./faultline run --system quorum");
        Path counterexample = Path.of(failure.getMessage().replaceAll("(?s).*counterexample: (\\S+).*", "$1"));
        assertThat(counterexample).isRegularFile().hasFileName("counterexample-linearizable.html");
        assertThat(run.summary().strongest()).isNotEqualTo("linearizable");
        assertThat(Files.readString(run.files().orElseThrow().history()))
                .isEqualTo(Files.readString(counterexample.resolveSibling("history.jsonl")));
    }
}
