package io.faultline.kv.quorum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HashRingTest {

    private static final List<String> NODES = List.of("n1", "n2", "n3", "n4", "n5");

    @Test
    @DisplayName("Dynamo §4.3: a key's preference list is N distinct nodes, the same on every node")
    void preferenceListIsDeterministic() {
        HashRing ring = new HashRing(NODES);
        HashRing shuffled = new HashRing(List.of("n4", "n2", "n5", "n1", "n3"));
        for (long key = 0; key < 50; key++) {
            List<String> list = ring.preferenceList(key, 3);
            assertThat(list).hasSize(3).doesNotHaveDuplicates();
            assertThat(shuffled.preferenceList(key, 3)).isEqualTo(list);
        }
    }

    @Test
    @DisplayName("Dynamo §4.6: the walk from a key lists the preference list first, then the fallbacks")
    void walkStartsWithPreferenceList() {
        HashRing ring = new HashRing(NODES);
        List<String> walk = ring.walkFrom("k");
        assertThat(walk).containsExactlyInAnyOrderElementsOf(NODES);
        assertThat(walk.subList(0, 3)).isEqualTo(ring.preferenceList("k", 3));
    }

    @Test
    @DisplayName("Dynamo §4.2: keys spread over the ring, so different keys start at different nodes")
    void keysSpread() {
        HashRing ring = new HashRing(NODES);
        long distinctFirsts = java.util.stream.LongStream.range(0, 100)
                .mapToObj(key -> ring.preferenceList(key, 1).get(0)).distinct().count();
        assertThat(distinctFirsts).isEqualTo(5);
    }

    @Test
    @DisplayName("a preference list never exceeds the cluster")
    void smallCluster() {
        assertThat(new HashRing(List.of("a", "b")).preferenceList(1L, 3)).containsExactlyInAnyOrder("a", "b");
    }
}
