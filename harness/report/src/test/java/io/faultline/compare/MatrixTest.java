package io.faultline.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.runner.TestSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixTest {

    private final TestSpec base = TestSpec.defaults().withSeed(9);

    @Test
    void cellsGoByRuntimeThenSystemThenNemesisAndShareEverythingElse() {
        Matrix matrix = new Matrix(List.of("sim"), List.of("raft", "quorum"), List.of("none", "partition"), base);

        assertThat(matrix.cells()).extracting(c -> c.system() + "/" + c.nemesis())
                .containsExactly("raft/none", "raft/partition", "quorum/none", "quorum/partition");
        assertThat(matrix.cells()).allSatisfy(c -> assertThat(c.spec().seed()).isEqualTo(9));
        assertThat(matrix.cells().get(0).spec().nemeses()).isEmpty();
        assertThat(matrix.cells().get(1).spec().nemeses()).containsExactly("partition");
    }

    @Test
    void aSystemCarriesItsBugsAndANemesisCombinesFaultsWithPlus() {
        Matrix matrix = new Matrix(List.of("sim"), List.of("raft+stale-follower-reads+no-fsync"),
                List.of("partition+kill"), base);

        TestSpec spec = matrix.cells().get(0).spec();
        assertThat(spec.system()).isEqualTo("raft");
        assertThat(spec.bugs()).containsExactly("no-fsync", "stale-follower-reads");
        assertThat(spec.nemeses()).containsExactly("partition", "kill");
        assertThat(matrix.cells().get(0).system()).isEqualTo("raft+stale-follower-reads+no-fsync");
    }

    @Test
    void anEmptyDimensionIsAnErrorThatSaysWhichOne() {
        assertThatThrownBy(() -> new Matrix(List.of("sim"), List.of(" "), List.of("none"), base))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a comparison needs at least one system");
    }
}
