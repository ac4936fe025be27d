package io.faultline.toxiproxy;

import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.model.ToxicDirection;
import io.faultline.runtime.Grudge;
import io.faultline.runtime.Link;
import io.faultline.runtime.LinkFaults;
import io.faultline.runtime.Net;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@link Net} over the proxies of a Toxiproxy server: the nemesis's faults as Toxiproxy operations. It knows
 * only which proxy carries each link ({@code proxyOf}), so the process runtime (a proxy per client and node,
 * created on demand, {@link ProxyTopology}) and the docker runtime (client proxies shared out as lanes) both use it.
 *
 * <ul>
 *   <li>A cut node→node link is a proxy that {@link Toxics#refuse resets} every connection as soon as it carries
 *       data, which is one-way because each node sends on its own link. A client→node proxy carries both
 *       directions on one connection, so its cuts are {@link Toxics#cut black-hole toxics} in the cut direction
 *       instead. Neither lets go of the proxy's listening port, so a heal never has to bind a port again.</li>
 *   <li>{@link #slow} is a latency toxic with jitter; {@link #flaky} is {@link Toxics#loss bursty loss} (Toxiproxy
 *       has no per-message loss); {@link #throttle} is a bandwidth toxic (whole KB/s).</li>
 * </ul>
 *
 * <p>A client proxy created after a fault gets it too ({@link #proxyCreated}). Call it from one thread (the event
 * loop); every call is one or a few HTTP requests to the Toxiproxy server.
 */
public final class ToxiproxyNet implements Net {

    private final Function<Link, Optional<Proxy>> proxyOf;
    private final Set<String> nodes;
    private final Consumer<String> log;
    private Grudge grudge = Grudge.none();
    private final LinkFaults faults = new LinkFaults();

    /**
     * @param proxyOf the proxy that carries {@code from → to} where {@code to} is a node (for a client, the one
     *                its requests and the node's replies share), or empty if it does not exist yet
     * @param nodes   the node ids; every other endpoint is a client
     * @param log     the runtime's trace
     */
    public ToxiproxyNet(Function<Link, Optional<Proxy>> proxyOf, List<String> nodes, Consumer<String> log) {
        this.proxyOf = proxyOf;
        this.nodes = new TreeSet<>(nodes);
        this.log = log;
    }

    /** Gives the proxy of {@code client → node}, just created, the faults in force on its two links. */
    public void proxyCreated(Link clientToNode) {
        for (Link direction : List.of(clientToNode, clientToNode.reversed())) {
            if (grudge.isCut(direction.from(), direction.to())) {
                setCut(direction, true);
            }
            faults.delay(direction).ifPresent(delay -> applySlow(direction, delay));
            faults.loss(direction).ifPresent(loss -> Toxics.loss(route(direction), loss));
            faults.bandwidth(direction).ifPresent(rate -> Toxics.bandwidth(route(direction), rate));
        }
    }

    @Override
    public void partition(Grudge next) {
        next.cuts().forEach(this::route); // a link that joins no node fails before anything changes
        Set<Link> healed = new TreeSet<>(grudge.cuts());
        healed.removeAll(next.cuts());
        Set<Link> cut = new TreeSet<>(next.cuts());
        cut.removeAll(grudge.cuts());
        grudge = next;
        healed.forEach(link -> setCut(link, false));
        cut.forEach(link -> setCut(link, true));
        log.accept("toxiproxy: partition " + next.cuts());
    }

    @Override
    public void heal() {
        partition(Grudge.none());
    }

    @Override
    public Grudge grudge() {
        return grudge;
    }

    @Override
    public void slow(Link link, long latencyNanos, long jitterNanos) {
        applySlow(link, faults.slow(link, latencyNanos, jitterNanos));
        log.accept("toxiproxy: slow " + link + " " + latencyNanos / 1_000_000 + "ms +" + jitterNanos / 1_000_000 + "ms");
    }

    @Override
    public void flaky(Link link, double lossProbability) {
        faults.flaky(link, lossProbability);
        Toxics.loss(route(link), lossProbability);
        log.accept("toxiproxy: flaky " + link + " " + lossProbability);
    }

    @Override
    public void throttle(Link link, long bytesPerSecond) {
        faults.throttle(link, bytesPerSecond);
        Toxics.bandwidth(route(link), bytesPerSecond);
        log.accept("toxiproxy: bandwidth " + link + " " + bytesPerSecond + " B/s");
    }

    @Override
    public void fast() {
        Set<Link> toxic = faults.clear();
        toxic.forEach(link -> Toxics.removeSlowLossAndBandwidth(route(link)));
        log.accept("toxiproxy: fast " + toxic);
    }

    private void applySlow(Link link, LinkFaults.Delay delay) {
        Toxics.latency(route(link), delay.latencyNanos(), delay.jitterNanos());
    }

    private void setCut(Link link, boolean cut) {
        Route route = route(link);
        if (route.proxy() == null) {
            return; // a client link whose proxy does not exist yet gets the cut when it is created
        }
        if (nodes.contains(link.from()) && nodes.contains(link.to())) {
            Toxics.refuse(route, cut);
        } else {
            Toxics.cut(route, cut);
        }
    }

    /**
     * The proxy and direction that carry {@code link}: a link into a node is the upstream of its own proxy; a link
     * from a node to a client is the downstream of that client's proxy to the node. The proxy is null if it has
     * not been created yet (a client that never talked to that node).
     */
    private Route route(Link link) {
        if (nodes.contains(link.to())) {
            return new Route(link, proxyOf.apply(link).orElse(null), ToxicDirection.UPSTREAM);
        }
        if (nodes.contains(link.from())) {
            return new Route(link, proxyOf.apply(link.reversed()).orElse(null), ToxicDirection.DOWNSTREAM);
        }
        throw new IllegalArgumentException("link " + link + " joins no node of " + nodes);
    }

    /** Where a directed link's bytes flow: a proxy and one of its two directions. */
    record Route(Link link, Proxy proxy, ToxicDirection direction) {
    }
}
