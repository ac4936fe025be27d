package io.faultline.p2p.napster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.NodeConfig;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NapsterConfigTest {

    private static final List<String> NODES = List.of("n1", "n2", "n10");

    @Test
    @DisplayName("every node agrees on the default index: the first name in sorted order, whoever asks")
    void defaultIndexIsTheFirstName() {
        for (String id : NODES) {
            assertThat(NapsterConfig.from(NodeConfig.of(id, NODES)).index()).isEqualTo("n1");
        }
        assertThat(new NapsterSystem().create(NodeConfig.of("n1", NODES))).isInstanceOf(IndexServer.class);
        assertThat(new NapsterSystem().create(NodeConfig.of("n10", NODES))).isInstanceOf(Peer.class);
    }

    @Test
    @DisplayName("an index outside the cluster, or a time under 1 ms, is refused")
    void badOptionsAreRefused() {
        NodeConfig node = NodeConfig.of("n2", NODES);
        assertThat(NapsterConfig.from(node.withOption("index", "n10")).index()).isEqualTo("n10");
        assertThatThrownBy(() -> NapsterConfig.from(node.withOption("index", "n9")))
                .hasMessageContaining("index names no node");
        assertThatThrownBy(() -> NapsterConfig.from(node.withOption("heartbeat-ms", "0")))
                .hasMessageContaining("at least 1 ms");
    }
}
