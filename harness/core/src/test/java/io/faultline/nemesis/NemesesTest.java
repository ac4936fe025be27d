package io.faultline.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NemesesTest {

    @Test
    void everyNemesisIsRegisteredByName() {
        assertThat(Nemeses.names()).containsExactly("bandwidth", "churn", "clock", "fail-fraction", "kill", "kill-all", "latency", "loss",
                "partition", "partition-heal", "pause");
    }

    @Test
    void noneAndNothingMeanNoNemesis() {
        assertThat(Nemeses.named(List.of("none"))).isEmpty();
        assertThat(Nemeses.named(List.of())).isEmpty();
    }

    @Test
    void namesComeBackAsFreshInstancesInTheOrderGiven() {
        List<Nemesis> first = Nemeses.named(List.of("kill", "partition"));
        List<Nemesis> second = Nemeses.named(List.of("kill", "partition"));

        assertThat(first).extracting(Nemesis::name).containsExactly("kill", "partition");
        assertThat(first.get(0)).isNotSameAs(second.get(0));
    }

    @Test
    void anUnknownNameListsTheKnownOnesInOneLine() {
        assertThatThrownBy(() -> Nemeses.named(List.of("partition", "meteor")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no nemesis named 'meteor'; known: bandwidth, churn, clock, fail-fraction, kill, kill-all, latency, loss,"
                        + " partition, partition-heal, pause (combine with commas, or 'none')");
    }

    @Test
    void aNameGivenTwiceIsAMistake() {
        assertThatThrownBy(() -> Nemeses.named(List.of("kill", "kill")))
                .hasMessageContaining("nemesis 'kill' is named twice");
    }

    @Test
    void everyNemesisHasItsOwnOpNames() {
        List<Nemesis> all = List.copyOf(Nemeses.all().values());

        assertThat(all.stream().flatMap(n -> Stream.of(n.startF(), n.stopF())))
                .doesNotHaveDuplicates()
                .contains("start-partition", "stop-partition", "kill", "start", "start-kill-all", "stop-kill-all", "pause",
                        "resume",
                        "start-latency", "stop-latency", "start-loss", "stop-loss",
                        "start-clock-skew", "stop-clock-skew", "start-bandwidth", "stop-bandwidth");
    }
}
