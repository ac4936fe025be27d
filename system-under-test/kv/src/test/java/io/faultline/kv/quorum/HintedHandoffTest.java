package io.faultline.kv.quorum;

import static io.faultline.kv.quorum.QuorumNodeTest.MILLIS;
import static io.faultline.kv.quorum.QuorumNodeTest.cluster;
import static io.faultline.kv.quorum.QuorumNodeTest.run;
import static io.faultline.kv.quorum.QuorumNodeTest.version;
import static io.faultline.kv.testing.ScriptedCluster.bugs;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.kv.testing.ScriptedCluster;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Dynamo §4.6 on five nodes with N=3: each key has two fallback nodes. */
class HintedHandoffTest {

    private static final Long KEY = 7L;
    private static final HashRing RING = new HashRing(List.of("n1", "n2", "n3", "n4", "n5"));
    private static final List<String> WALK = RING.walkFrom(KEY);

    @Test
    @DisplayName("Dynamo §4.6: a write meant for an unreachable replica goes to a fallback as a hint")
    void fallbackKeepsAHint() {
        ScriptedCluster cluster = cluster(5, 60, c -> c);
        String coordinator = WALK.get(0);
        String missing = WALK.get(2);
        cluster.partition(Set.of(missing));
        assertThat(run(cluster, coordinator, new Write(KEY, 1L))).isEqualTo(new WriteOk());
        cluster.runFor(150 * MILLIS);
        QuorumNode fallback = (QuorumNode) cluster.node(WALK.get(3));
        assertThat(fallback.hints()).singleElement().satisfies(hint -> {
            assertThat(hint.target()).isEqualTo(missing);
            assertThat(hint.version().value()).isEqualTo(1L);
        });
        assertThat(version(cluster, WALK.get(3), KEY)).as("a hint is not a replica").isNull();
    }

    @Test
    @DisplayName("Dynamo §4.6: the hint is handed back once its node answers again, then deleted")
    void hintIsHandedBack() {
        ScriptedCluster cluster = cluster(5, 61, c -> c);
        String missing = WALK.get(2);
        cluster.partition(Set.of(missing));
        run(cluster, WALK.get(0), new Write(KEY, 1L));
        cluster.runFor(1_000 * MILLIS);
        assertThat(version(cluster, missing, KEY)).isNull();
        cluster.heal();
        cluster.runFor(1_000 * MILLIS);
        assertThat(version(cluster, missing, KEY).value()).isEqualTo(1L);
        assertThat(((QuorumNode) cluster.node(WALK.get(3))).hints()).isEmpty();
    }

    @Test
    @DisplayName("Dynamo §4.6 sloppy quorum: with two replicas unreachable, fallback acks complete W")
    void sloppyQuorumStaysWritable() {
        ScriptedCluster cluster = cluster(5, 62, c -> c);
        cluster.partition(Set.of(WALK.get(1), WALK.get(2)));
        assertThat(run(cluster, WALK.get(0), new Write(KEY, 1L))).isEqualTo(new WriteOk());
    }

    @Test
    @DisplayName("bug no-hinted-handoff: with two replicas unreachable the write cannot reach W")
    void noHintedHandoff() {
        ScriptedCluster cluster = cluster(5, 62, bugs(QuorumConfig.NO_HINTED_HANDOFF));
        cluster.partition(Set.of(WALK.get(1), WALK.get(2)));
        assertThat(run(cluster, WALK.get(0), new Write(KEY, 1L))).isInstanceOf(ErrorReply.class);
    }

    @Test
    @DisplayName("a replica's versions and hints survive a crash (synced before the ack)")
    void survivesCrash() {
        ScriptedCluster cluster = cluster(5, 63, c -> c);
        String missing = WALK.get(2);
        cluster.partition(Set.of(missing));
        run(cluster, WALK.get(0), new Write(KEY, 1L));
        cluster.runFor(150 * MILLIS);
        cluster.crash(WALK.get(3));
        cluster.start(WALK.get(3));
        cluster.crash(WALK.get(1));
        cluster.start(WALK.get(1));
        assertThat(((QuorumNode) cluster.node(WALK.get(3))).hints()).hasSize(1);
        assertThat(version(cluster, WALK.get(1), KEY).value()).isEqualTo(1L);
    }
}
