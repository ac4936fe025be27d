package io.faultline.nemesis;

import io.faultline.runtime.Cluster;
import java.util.random.RandomGenerator;

/**
 * Slows every link between the nodes around one random node, or between all of them, with jitter as large as the
 * added delay, so that messages also overtake each other (Jepsen's {@code slow!}, Toxiproxy's latency toxic).
 * Delays are drawn per fault from a few orders of magnitude around typical election timeouts. Healing returns
 * every link to its configured latency and loss ({@link io.faultline.runtime.Net#fast()}).
 */
public final class LatencyNemesis implements Nemesis {

    private static final long MILLIS = 1_000_000L;
    private static final long[] DELAYS_NANOS = {10 * MILLIS, 50 * MILLIS, 100 * MILLIS, 200 * MILLIS};

    @Override
    public String name() {
        return "latency";
    }

    @Override
    public String description() {
        return "slows links around one node, or all links, by 10–200 ms with as much jitter";
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        long delayNanos = DELAYS_NANOS[random.nextInt(DELAYS_NANOS.length)];
        LinkChoice choice = LinkChoice.draw(cluster.nodes(), random);
        choice.links().forEach(link -> cluster.net().slow(link, delayNanos, delayNanos));
        return choice.description() + " +" + delayNanos / MILLIS + "ms ±" + delayNanos / MILLIS + "ms";
    }

    @Override
    public String stop(Cluster cluster) {
        cluster.net().fast();
        return "links fast again";
    }
}
