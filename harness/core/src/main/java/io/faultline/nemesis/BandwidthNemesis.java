package io.faultline.nemesis;

import io.faultline.runtime.Cluster;
import java.util.random.RandomGenerator;

/**
 * Limits the bandwidth of every link between the nodes around one random node, or between all of them (Toxiproxy's
 * {@code bandwidth} toxic): messages queue on a throttled link, so latency grows with the traffic instead of being
 * fixed, and a node that sends much (a leader replicating, a coordinator fanning out) falls behind most. Limits are
 * drawn per fault from 1, 4, 16 or 64 KB/s, around what a cluster's messages need at tens of operations a second;
 * option {@code kbps} fixes it (fractions allowed: {@code kbps=0.25} is 256 B/s). Healing returns every link to its
 * configured behaviour ({@link io.faultline.runtime.Net#fast()}).
 */
public final class BandwidthNemesis implements Nemesis {

    private static final long KILOBYTE = 1024;
    private static final long[] RATES_KBPS = {1, 4, 16, 64};

    /** The limit the option fixed, or 0 to draw one per fault. */
    private final long fixedBytesPerSecond;

    public BandwidthNemesis() {
        this(0);
    }

    private BandwidthNemesis(long fixedBytesPerSecond) {
        this.fixedBytesPerSecond = fixedBytesPerSecond;
    }

    @Override
    public String name() {
        return "bandwidth";
    }

    @Override
    public String description() {
        return "limits links around one node, or all links, to 1–64 KB/s (option kbps)";
    }

    @Override
    public Nemesis withOptions(NemesisOptions options) {
        options.requireKnown(name(), "kbps");
        return new BandwidthNemesis(Math.round(options.number("kbps", 0, 0.01, 1_000_000) * KILOBYTE));
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        long bytesPerSecond = fixedBytesPerSecond > 0 ? fixedBytesPerSecond
                : RATES_KBPS[random.nextInt(RATES_KBPS.length)] * KILOBYTE;
        LinkChoice choice = LinkChoice.draw(cluster.nodes(), random);
        choice.links().forEach(link -> cluster.net().throttle(link, bytesPerSecond));
        return choice.description() + " limited to " + (bytesPerSecond % KILOBYTE == 0
                ? bytesPerSecond / KILOBYTE + " KB/s" : bytesPerSecond + " B/s");
    }

    @Override
    public String stop(Cluster cluster) {
        cluster.net().fast();
        return "links fast again";
    }
}
