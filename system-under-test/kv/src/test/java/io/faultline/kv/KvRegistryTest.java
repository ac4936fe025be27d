package io.faultline.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactories;
import io.faultline.node.NodeFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KvRegistryTest {

    @Test
    void theThreeSystemsAreFoundByName() {
        assertThat(NodeFactories.all()).containsKeys("raft", "quorum", "primary-backup");
    }

    @Test
    void eachSystemListsItsDocumentedBugSwitches() {
        assertThat(NodeFactories.byName("raft").bugs()).containsOnlyKeys(
                "stale-follower-reads", "no-fsync", "lease-reads-without-clock-check", "commit-previous-term");
        assertThat(NodeFactories.byName("quorum").bugs()).containsOnlyKeys(
                "w=1", "r=1", "no-read-repair", "no-hinted-handoff", "wall-clock-lww");
        assertThat(NodeFactories.byName("primary-backup").bugs()).containsOnlyKeys("no-fencing", "backup-reads");
    }

    @Test
    void everyBugSwitchBuildsANode() {
        for (NodeFactory factory : NodeFactories.all().values()) {
            for (String bug : factory.bugs().keySet()) {
                NodeConfig config = NodeConfig.of("n1", List.of("n1", "n2", "n3")).withBugs(Set.of(bug));
                factory.requireKnownBugs(config);
                assertThat(factory.create(config)).as(factory.name() + " " + bug).isNotNull();
            }
        }
    }

    @Test
    void badOptionsAreRejected() {
        NodeConfig base = NodeConfig.of("n1", List.of("n1", "n2", "n3"));
        assertThatThrownBy(() -> NodeFactories.byName("raft").create(base.withOption("reads", "lease")))
                .hasMessageContaining("reads");
        assertThatThrownBy(() -> NodeFactories.byName("primary-backup").create(base.withOption("sync", "yes")))
                .hasMessageContaining("sync");
        assertThat(NodeFactories.byName("quorum").create(base.withOption("n", "5"))).as("n clamps to the cluster")
                .isNotNull();
    }
}
