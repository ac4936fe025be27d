package io.faultline.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReproduceTest {

    @Test
    void theMainOptionsAndTheSeedAreAlwaysWritten() {
        TestSpec spec = TestSpec.defaults().withNemeses("partition,kill").withTimeLimit(Duration.ofSeconds(60))
                .withSeed(7);

        assertThat(Reproduce.command(spec)).isEqualTo("./faultline run --system raft --workload register"
                + " --nemesis partition,kill --time-limit 60s --nodes 5 --rate 50 --concurrency 5 --seed 7");
    }

    @Test
    void everythingElseThatShapesTheRunIsWrittenWhenItDiffersFromTheDefaults() {
        TestSpec spec = TestSpec.defaults().withSystem("quorum").withBug("w=1").withSystemOption("n", "3")
                .withWorkload("kv").withWorkloadOptions(new TreeMap<>(Map.of("keys", "20")))
                .withNemesisInterval(Duration.ofMillis(1500)).withClientTimeout(Duration.ofMillis(250))
                .withRecoveryTime(Duration.ZERO.plusSeconds(3)).withCheckers(List.of("linearizable"))
                .withRatePerSecond(12.5).withSeed(3);

        assertThat(Reproduce.command(spec)).isEqualTo("./faultline run --system quorum --bug w=1 --option n=3"
                + " --workload kv --workload-option keys=20 --nemesis none --time-limit 30s --nodes 5 --rate 12.5"
                + " --concurrency 5 --nemesis-interval 1500ms --client-timeout 250ms --checks linearizable"
                + " --recovery-time 3s --seed 3");
    }

    @Test
    void durationsAreWrittenExactlyInTheLargestUnitUpToSeconds() {
        assertThat(Reproduce.duration(Duration.ofMinutes(2))).isEqualTo("120s");
        assertThat(Reproduce.duration(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(Reproduce.duration(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(Reproduce.duration(Duration.ofNanos(3000))).isEqualTo("3us");
        assertThat(Reproduce.duration(Duration.ofNanos(1500))).isEqualTo("1500ns");
    }

    @Test
    void valuesAShellWouldSplitAreQuoted() {
        TestSpec spec = TestSpec.defaults().withName("my test").withSystemOption("note", "it's");

        assertThat(Reproduce.command(spec)).contains("--option 'note=it'\\''s'");
    }
}
