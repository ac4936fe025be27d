package io.faultline.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.runtime.Link;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProxyPlanTest {

    private static List<String> nodes(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "n" + i).toList();
    }

    @Test
    void everyDirectedLinkAndEveryLaneHasItsOwnPort() {
        ProxyPlan plan = new ProxyPlan(nodes(5));
        Set<Integer> ports = new HashSet<>();
        Link.allBetween(plan.nodes()).forEach(link -> assertThat(ports.add(plan.nodeProxyPort(link))).isTrue());
        for (int lane = 0; lane < plan.lanes(); lane++) {
            for (String node : plan.nodes()) {
                assertThat(ports.add(plan.laneProxyPort(lane, node))).isTrue();
            }
        }
        assertThat(ports).hasSize(20 + 6 * 5);
    }

    @Test
    void clientLanesUseOnlyThePortsToxiproxyContainerPublishes() {
        for (int size = 1; size <= ProxyPlan.PUBLISHED_PORTS; size++) {
            ProxyPlan plan = new ProxyPlan(nodes(size));
            assertThat(plan.lanes()).isEqualTo(32 / size);
            int last = plan.laneProxyPort(plan.lanes() - 1, plan.nodes().get(size - 1));
            assertThat(last).isLessThan(ProxyPlan.FIRST_PUBLISHED_PORT + ProxyPlan.PUBLISHED_PORTS);
        }
    }

    @Test
    void moreNodesThanPublishedPortsIsAClearError() {
        assertThatThrownBy(() -> new ProxyPlan(nodes(33)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 32 nodes");
    }

    @Test
    void nodeArgumentsSendEveryPeerMessageThroughItsOwnProxy() {
        ProxyPlan plan = new ProxyPlan(nodes(3));
        List<String> args = NodeContainer.arguments("raft",
                new io.faultline.node.NodeConfig("n2", List.of("n1", "n3"), new java.util.TreeMap<>(),
                        new java.util.TreeSet<>(Set.of("stale-follower-reads"))), plan, 7);
        assertThat(String.join(" ", args)).contains("--id n2", "--listen 0.0.0.0:7000",
                "--peer n1=toxiproxy:" + plan.nodeProxyPort(new Link("n2", "n1")),
                "--peer n3=toxiproxy:" + plan.nodeProxyPort(new Link("n2", "n3")),
                "--bug stale-follower-reads", "--seed 7");
    }
}
