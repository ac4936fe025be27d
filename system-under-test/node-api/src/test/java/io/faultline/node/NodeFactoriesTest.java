package io.faultline.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeFactoriesTest {

    @Test
    void findsSystemsByNameThroughTheServiceLoader() {
        assertThat(NodeFactories.all()).containsKey("echo");
        assertThat(NodeFactories.byName("echo")).isInstanceOf(EchoSystem.class);
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> NodeFactories.byName("paxos"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paxos").hasMessageContaining("echo");
    }

    @Test
    void aMisspeltBugFailsInsteadOfTestingTheCorrectSystem() {
        NodeFactory echo = NodeFactories.byName("echo");
        NodeConfig config = NodeConfig.of("n1", List.of("n1", "n2"));
        echo.requireKnownBugs(config.withBugs(Set.of("mute")));
        assertThatThrownBy(() -> echo.requireKnownBugs(config.withBugs(Set.of("mtue"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mtue").hasMessageContaining("mute");
    }

    @Test
    void everySystemSpeaksTheClientVocabulary() {
        assertThat(NodeFactories.byName("echo").messages().types())
                .containsKeys("read", "read_ok", "write", "write_ok", "cas", "cas_ok", "error");
    }
}
