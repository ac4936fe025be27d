package io.faultline.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.nemesis.testing.Gossip;
import io.faultline.sim.SimCluster;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Partitions, slow links and lossy links, measured by what gossiping nodes still deliver to each other. */
class NetworkFaultsTest {

    private static final long SECOND = 1_000_000_000L;
    /** Long enough for messages sent before a fault (sub-millisecond LAN latency, rarely more) to land. */
    private static final long IN_FLIGHT_NANOS = 8_000_000L;

    private final SimCluster cluster = Gossip.busyCluster();

    @Test
    void partitionsTakeEveryShapeAndHealCompletely() {
        PartitionNemesis partition = new PartitionNemesis();
        Set<String> shapes = new HashSet<>();
        for (int seed = 0; seed < 40; seed++) {
            String description = partition.start(cluster, new SplittableRandom(seed));
            shapes.add(description.replaceAll(" .*", ""));
            assertThat(cluster.net().grudge().isEmpty()).isFalse();
            assertThat(partition.stop(cluster)).isEqualTo("network healed");
            assertThat(cluster.net().grudge().isEmpty()).isTrue();
        }
        assertThat(shapes).containsExactlyInAnyOrder("halves", "isolated", "majorities", "bridge");
        assertThat(partition.stop(cluster)).isEqualTo("nothing to heal");
    }

    @Test
    void aShapeOptionDrawsOnlyThatShape() {
        for (String shape : List.of("halves", "isolated", "majorities-ring", "bridge")) {
            Nemesis partition = Nemeses.named(List.of("partition:shape=" + shape)).get(0);
            for (int seed = 0; seed < 10; seed++) {
                assertThat(partition.start(cluster, new SplittableRandom(seed)).replace(' ', '-'))
                        .startsWith(shape);
                partition.stop(cluster);
            }
        }
    }

    @Test
    void anUnknownShapeIsAOneLineErrorListingTheShapes() {
        assertThatThrownBy(() -> Nemeses.named(List.of("partition:shape=triangle")))
                .hasMessage("nemesis option partition:shape must be one of halves, isolated, majorities-ring, "
                        + "bridge, any, not 'triangle'");
        assertThatThrownBy(() -> Nemeses.named(List.of("partition:size=2")))
                .hasMessage("nemesis partition has no option 'size'; it has shape");
    }

    @Test
    void anIsolatedNodeHearsNothing() {
        PartitionNemesis partition = new PartitionNemesis();
        String description = "";
        for (int seed = 0; !description.startsWith("isolated"); seed++) {
            partition.stop(cluster);
            description = partition.start(cluster, new SplittableRandom(seed));
        }
        String isolated = description.substring("isolated ".length());
        for (String other : cluster.nodes()) {
            assertThat(cluster.net().grudge().isCut(other, isolated) || other.equals(isolated)).isTrue();
        }
    }

    @Test
    void lossOnAllLinksCutsDeliveriesAndHealingRestoresThem() {
        long baseline = Gossip.deliveriesPerSecond(cluster);
        LossNemesis loss = new LossNemesis();
        String description = Gossip.startOnAllLinks(loss, cluster);

        long lossy = Gossip.deliveriesPerSecond(cluster);
        loss.stop(cluster);
        long healed = Gossip.deliveriesPerSecond(cluster);

        double kept = 1 - Integer.parseInt(description.replaceAll(".* lose (\\d+)%", "$1")) / 100.0;
        assertThat(lossy).isLessThan(Math.round(baseline * (kept + 0.15)));
        assertThat(healed).isGreaterThan(Math.round(baseline * 0.85));
    }

    @Test
    void aBandwidthLimitOnAllLinksCapsDeliveriesAndHealingLiftsIt() {
        long baseline = Gossip.deliveriesPerSecond(cluster);
        // these gossip messages are small and few (no JSON codec in this cluster): a tenth of a KB/s limits them
        Nemesis bandwidth = Nemeses.named(List.of("bandwidth:kbps=0.1")).get(0);
        String description = Gossip.startOnAllLinks(bandwidth, cluster);

        Gossip.deliveriesPerSecond(cluster); // the links' queues fill
        long throttled = Gossip.deliveriesPerSecond(cluster);
        bandwidth.stop(cluster);
        Gossip.deliveriesPerSecond(cluster); // the queues drain
        long healed = Gossip.deliveriesPerSecond(cluster);

        System.out.printf("bandwidth: %d deliveries/s, %d at 102 B/s a link, %d healed%n", baseline, throttled, healed);
        assertThat(description).isEqualTo("all links limited to 102 B/s");
        assertThat(throttled).isLessThan(baseline / 2);
        assertThat(healed).isGreaterThan(Math.round(baseline * 0.85));
    }

    @Test
    void aBandwidthOutOfRangeIsAOneLineError() {
        assertThatThrownBy(() -> Nemeses.named(List.of("bandwidth:kbps=0")))
                .hasMessage("nemesis option bandwidth:kbps must be a number from 0.01 to 1000000.0, not '0'");
        assertThatThrownBy(() -> Nemeses.named(List.of("bandwidth:rate=1")))
                .hasMessage("nemesis bandwidth has no option 'rate'; it has kbps");
    }

    @Test
    void latencyOnAllLinksDelaysEveryMessage() {
        LatencyNemesis latency = new LatencyNemesis();
        String description = Gossip.startOnAllLinks(latency, cluster);
        long delayNanos = Long.parseLong(description.replaceAll(".* \\+(\\d+)ms .*", "$1")) * 1_000_000L;

        long start = cluster.loop().now();
        cluster.loop().runUntil(start + IN_FLIGHT_NANOS);
        long delivered = cluster.net().deliveredCount();
        cluster.loop().runUntil(start + delayNanos - 1);

        assertThat(cluster.net().deliveredCount()).as("nothing sent under the fault arrives before its delay")
                .isEqualTo(delivered);
        latency.stop(cluster);
        cluster.loop().runUntil(start + delayNanos + 3 * delayNanos + SECOND);
        assertThat(cluster.net().deliveredCount()).isGreaterThan(delivered);
    }
}
