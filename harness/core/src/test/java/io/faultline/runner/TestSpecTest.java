package io.faultline.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TestSpecTest {

    private final TestSpec defaults = TestSpec.defaults();

    @Test
    void withersChangeOneComponentAndKeepTheRest() {
        TestSpec changed = defaults.withSystem("quorum").withSeed(9).withBug("w=1").withSystemOption("n", "3");

        assertThat(changed.system()).isEqualTo("quorum");
        assertThat(changed.seed()).isEqualTo(9);
        assertThat(changed.bugs()).containsExactly("w=1");
        assertThat(changed.systemOptions()).containsEntry("n", "3");
        assertThat(changed.withSystem("raft").withSeed(0).withBugs(new TreeSet<>())
                .withSystemOptions(new TreeMap<>())).isEqualTo(defaults);
    }

    @Test
    void theTestNameIsMadeOfSystemBugsWorkloadAndNemesesUnlessGiven() {
        assertThat(defaults.testName()).isEqualTo("raft-register-none");
        assertThat(defaults.withBug("stale-follower-reads").withNemeses("partition", "kill").testName())
                .isEqualTo("raft+stale-follower-reads-register-partition+kill");
        assertThat(defaults.withName("nightly").testName()).isEqualTo("nightly");
    }

    @Test
    void nemesesAndCheckersMayBeCommaListsAndNoneMeansNone() {
        assertThat(defaults.withNemeses("partition,kill", "pause").nemeses())
                .containsExactly("partition", "kill", "pause");
        assertThat(defaults.withNemeses("none").nemeses()).isEmpty();
        assertThat(defaults.withCheckers(List.of("linearizable, eventual")).checkers())
                .containsExactly("linearizable", "eventual");
    }

    @Test
    void impossibleNumbersAreRejectedWithTheirName() {
        assertThatThrownBy(() -> defaults.withNodeCount(0)).hasMessage("the node count must be positive, not 0.0");
        assertThatThrownBy(() -> defaults.withRatePerSecond(-1)).hasMessageContaining("the rate must be positive");
        assertThatThrownBy(() -> defaults.withTimeLimit(Duration.ZERO)).hasMessageContaining("the time limit");
        assertThatThrownBy(() -> defaults.withRecoveryTime(Duration.ofSeconds(-1))).hasMessageContaining("recovery");
    }

    @Test
    void aSpecWithoutAStoreKeepsNothing() {
        assertThat(defaults.isStored()).isTrue();
        assertThat(defaults.withStoreDir(null).isStored()).isFalse();
    }
}
