package io.faultline.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NodeConfigTest {

    @Test
    void peersAreTheOtherNodesInClusterOrder() {
        assertThat(NodeConfig.of("n2", List.of("n1", "n2", "n3")).peers()).containsExactly("n1", "n3");
        assertThatThrownBy(() -> new NodeConfig("n1", List.of("n1"), new TreeMap<>(), new TreeSet<>()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsAndBugsAreSortedAndTyped() {
        NodeConfig config = NodeConfig.of("n1", List.of("n1")).withOption("w", "1").withOption("r", " 2 ")
                .withBugs(Set.of("no-fsync", "stale-follower-reads"));
        assertThat(config.options().keySet()).containsExactly("r", "w");
        assertThat(config.intOption("r", 3)).isEqualTo(2);
        assertThat(config.intOption("n", 3)).isEqualTo(3);
        assertThat(config.option("mode", "sync")).isEqualTo("sync");
        assertThat(config.hasBug("no-fsync")).isTrue();
        assertThat(config.hasBug("w=1")).isFalse();
    }

    @Test
    void aNonIntegerOptionIsAnError() {
        NodeConfig config = NodeConfig.of("n1", List.of("n1")).withOption("w", "two");
        assertThatThrownBy(() -> config.intOption("w", 2)).hasMessageContaining("option w must be an integer");
    }

    @Test
    void aChoiceOptionTakesOnlyItsWords() {
        NodeConfig config = NodeConfig.of("n1", List.of("n1")).withOption("reads", "index");
        assertThat(config.choiceOption("reads", "log", List.of("log", "index"))).isEqualTo("index");
        assertThat(config.choiceOption("sync", "false", List.of("true", "false"))).isEqualTo("false");
        assertThatThrownBy(() -> config.withOption("reads", "lease").choiceOption("reads", "log", List.of("log", "index")))
                .hasMessage("option reads must be one of log, index, got 'lease'");
    }

    @Test
    void everyNodeAgreesOnTheFirstNodeName() {
        List<String> all = List.of("n3", "n1", "n2");
        assertThat(all.stream().map(id -> NodeConfig.of(id, all).firstNodeName())).containsOnly("n1");
    }
}
