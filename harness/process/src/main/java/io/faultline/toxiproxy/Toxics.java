package io.faultline.toxiproxy;

import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.model.Toxic;
import eu.rekawek.toxiproxy.model.ToxicDirection;
import eu.rekawek.toxiproxy.model.ToxicList;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The toxics {@link ToxiproxyNet} puts on one direction of a proxy, named {@code <kind>-<direction>} so that the
 * two directions of a client's proxy never clash.
 */
final class Toxics {

    /**
     * Bytes a connection of a flaky link carries before Toxiproxy closes it: about twenty node messages. The node
     * reconnects and the connection's fate (lossy or not) is drawn again, so loss comes in bursts of this size.
     */
    static final long LOSS_BURST_BYTES = 4096;
    /** A lossy connection that carries nothing is closed after this long, so that its fate is drawn again. */
    static final long LOSS_IDLE_MILLIS = 500;
    private static final long MILLIS = 1_000_000;

    private Toxics() {
    }

    /** Drops every byte in the route's direction (a {@code timeout} toxic of 0: hold the connection, pass nothing). */
    static void cut(ToxiproxyNet.Route route, boolean cut) {
        if (cut) {
            replace(route, "cut", (toxics, name, direction) -> toxics.timeout(name, direction, 0), "cut");
        } else {
            clear(route, "cut");
        }
    }

    /**
     * Refuses the route's traffic: each connection is reset when it carries a byte (a {@code reset_peer} toxic of 0),
     * so the sender sees its link fail, as it would if the proxy were disabled, and tries to connect again. Unlike
     * a disabled proxy, the proxy keeps its listening port: a disabled proxy lets it go and must bind it again on
     * heal, and by then another program may hold it.
     */
    static void refuse(ToxiproxyNet.Route route, boolean refuse) {
        if (refuse) {
            replace(route, "refuse", (toxics, name, direction) -> toxics.resetPeer(name, direction, 0), "cut");
        } else {
            clear(route, "refuse");
        }
    }

    /**
     * Delays every chunk by {@code latencyNanos} plus up to {@code jitterNanos}: Toxiproxy's jitter is symmetric,
     * so the toxic gets the middle of that range and half the jitter. Replaces a latency set before.
     */
    static void latency(ToxiproxyNet.Route route, long latencyNanos, long jitterNanos) {
        long middleMillis = Math.round((latencyNanos + jitterNanos / 2.0) / MILLIS);
        long jitterMillis = Math.round(jitterNanos / 2.0 / MILLIS);
        replace(route, "latency", (toxics, name, direction) -> toxics.latency(name, direction, middleMillis)
                .setJitter(jitterMillis), "slow");
    }

    /**
     * Limits the route's direction to {@code bytesPerSecond}, as a {@code bandwidth} toxic, whose rate is in KB/s:
     * rounded to the nearest KB/s, and at least 1. Replaces a limit set before.
     */
    static void bandwidth(ToxiproxyNet.Route route, long bytesPerSecond) {
        long kilobytesPerSecond = Math.max(1, Math.round(bytesPerSecond / 1024.0));
        replace(route, "bandwidth", (toxics, name, direction) -> toxics.bandwidth(name, direction,
                kilobytesPerSecond), "throttle");
    }

    /**
     * Loses about {@code probability} of the route's traffic, in bursts. Toxiproxy has no per-message loss; its
     * toxics apply per connection, with a probability (toxicity) drawn when the connection starts. So every
     * connection is closed after {@link #LOSS_BURST_BYTES} ({@code limit_data}), and a {@code timeout} toxic
     * with toxicity {@code probability} swallows everything on the unlucky ones (closing them when idle for
     * {@link #LOSS_IDLE_MILLIS}). The limit comes first in the chain, so lossy connections end after the same
     * number of bytes, and the byte loss is close to {@code probability}. Replaces a loss set before; zero removes.
     */
    static void loss(ToxiproxyNet.Route route, double probability) {
        if (route.proxy() == null) {
            return;
        }
        String burst = name("loss-burst", route.direction());
        String lossy = name("loss", route.direction());
        remove(route.proxy(), List.of(burst, lossy));
        if (probability <= 0) {
            return;
        }
        float toxicity = (float) Math.min(1.0, probability);
        ProxyTopology.call(() -> {
            route.proxy().toxics().limitData(burst, route.direction(), LOSS_BURST_BYTES);
            route.proxy().toxics().timeout(lossy, route.direction(), LOSS_IDLE_MILLIS).setToxicity(toxicity);
        }, "flaky " + route.link());
    }

    /** Removes the latency, loss and bandwidth toxics of the route's direction; cuts stay. */
    static void removeSlowLossAndBandwidth(ToxiproxyNet.Route route) {
        if (route.proxy() == null) {
            return;
        }
        ToxicDirection direction = route.direction();
        remove(route.proxy(), List.of(name("latency", direction), name("loss-burst", direction),
                name("loss", direction), name("bandwidth", direction)));
    }

    /** Adds one toxic under the name given, in the direction given. */
    @FunctionalInterface
    private interface ToxicAdder {
        void add(ToxicList toxics, String name, ToxicDirection direction) throws IOException;
    }

    /**
     * Puts a toxic of {@code kind} on the route's direction in place of the one it had, so a call made twice
     * (clients sharing a proxy, as docker's lanes do) leaves one. Nothing if the proxy does not exist yet.
     */
    private static void replace(ToxiproxyNet.Route route, String kind, ToxicAdder adder, String what) {
        if (route.proxy() == null) {
            return;
        }
        String name = name(kind, route.direction());
        remove(route.proxy(), List.of(name));
        ProxyTopology.call(() -> adder.add(route.proxy().toxics(), name, route.direction()),
                what + " " + route.link());
    }

    /** Removes the route's toxic of {@code kind}, if it has one. */
    private static void clear(ToxiproxyNet.Route route, String kind) {
        if (route.proxy() != null) {
            remove(route.proxy(), List.of(name(kind, route.direction())));
        }
    }

    private static void remove(Proxy proxy, List<String> names) {
        ProxyTopology.call(() -> {
            for (Toxic toxic : proxy.toxics().getAll()) {
                if (names.contains(toxic.getName())) {
                    toxic.remove();
                }
            }
        }, "remove toxics " + names + " of " + proxy.getName());
    }

    private static String name(String kind, ToxicDirection direction) {
        return kind + "-" + direction.name().toLowerCase(Locale.ROOT);
    }
}
