package io.faultline.runtime;

/**
 * The network as the nemesis breaks it, in Jepsen's vocabulary ({@code drop!}, {@code heal!}, {@code slow!},
 * {@code flaky!}, {@code fast!}), plus a bandwidth limit ({@link #throttle}, Toxiproxy's {@code bandwidth}). Every
 * link is directed: cutting {@code a→b} leaves {@code b→a} working, and a reply travels on the replier's own
 * outbound link. Links may join two nodes or a client and a node.
 *
 * <p>A fault applies to messages <em>arriving</em> after it starts, as a firewall rule on the receiver would:
 * a message in flight when a partition begins is lost, one in flight when it heals gets through.
 */
public interface Net {

    /** Replaces the current partition with {@code grudge}: its links drop everything until {@link #heal()}. */
    void partition(Grudge grudge);

    /** Removes every cut. Slow and flaky links stay as they are. */
    void heal();

    /** The cuts in force. */
    Grudge grudge();

    /** From now on, messages on {@code link} take {@code latencyNanos} plus up to {@code jitterNanos} more. */
    void slow(Link link, long latencyNanos, long jitterNanos);

    /** From now on, each message on {@code link} is lost with probability {@code lossProbability}. */
    void flaky(Link link, double lossProbability);

    /**
     * From now on, {@code link} carries at most {@code bytesPerSecond}, as a slow wire does: a message waits for
     * the bytes queued ahead of it on the link, then takes its own size over the rate (its size is its JSON
     * line). The latency of the link comes on top.
     */
    void throttle(Link link, long bytesPerSecond);

    /** Returns every link to its configured latency, loss and bandwidth. Cuts stay as they are. */
    void fast();
}
