package io.faultline.docker;

import eu.rekawek.toxiproxy.model.ToxicDirection;
import io.faultline.runtime.Grudge;
import io.faultline.runtime.Link;
import io.faultline.runtime.Net;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The network as a Toxiproxy server holds it: every directed link has a {@link Route}. A cut of a link whose
 * messages travel upstream disables its proxy (connections are closed, what was in flight is lost, new
 * connections are refused, until heal); a cut of a reply path (node to client, downstream) is a {@code timeout}
 * toxic that stalls the replies and then closes the connection. Latency is a {@code latency} toxic; loss is
 * approximated per connection (see {@link #flaky}). Not tied to Docker: the routes are all it knows.
 */
final class ToxiproxyNet implements Net {

    /** How long a lossy connection lives before it is reset and the next one draws again whether it is lossy. */
    static final long LOSS_PERIOD_MILLIS = 250;
    private static final long REPLY_CUT_CLOSE_MILLIS = 100;

    private final Function<Link, Route> routes;
    private final Consumer<String> trace;
    private Grudge grudge = Grudge.none();
    // links with a latency or loss toxic, so fast() knows what to undo
    private final Set<Link> degraded = new TreeSet<>();
    private final Map<Link, Set<String>> toxicsByLink = new HashMap<>();

    /**
     * @param routes the route of every link the nemesis may name; throws IllegalArgumentException for others
     * @param trace  one line per fault
     */
    ToxiproxyNet(Function<Link, Route> routes, Consumer<String> trace) {
        this.routes = routes;
        this.trace = trace;
    }

    @Override
    public void partition(Grudge newGrudge) {
        newGrudge.cuts().forEach(routes::apply); // an unknown endpoint fails before anything changes
        for (Link link : grudge.cuts()) {
            if (!newGrudge.isCut(link.from(), link.to())) {
                uncut(link);
            }
        }
        for (Link link : newGrudge.cuts()) {
            if (!grudge.isCut(link.from(), link.to())) {
                cut(link);
            }
        }
        grudge = newGrudge;
        trace.accept("partition " + newGrudge.cuts());
    }

    @Override
    public void heal() {
        grudge.cuts().forEach(this::uncut);
        grudge = Grudge.none();
        trace.accept("heal");
    }

    @Override
    public Grudge grudge() {
        return grudge;
    }

    /** Toxiproxy's jitter is symmetric (latency ± jitter), so the middle of the requested range is its latency. */
    @Override
    public void slow(Link link, long latencyNanos, long jitterNanos) {
        long jitterMillis = jitterNanos / 2_000_000;
        long latencyMillis = latencyNanos / 1_000_000 + jitterMillis;
        Route route = routes.apply(link);
        replace(link, "slow", () -> route.proxy().toxics()
                .latency(route.toxicName("slow"), route.direction(), latencyMillis).setJitter(jitterMillis));
        degraded.add(link);
        trace.accept("latency " + link + " " + latencyMillis + "ms ±" + jitterMillis + "ms");
    }

    /**
     * TCP carries no per-message loss, so loss is per connection: each connection on the link is, with
     * probability {@code lossProbability}, a black hole (a {@code timeout} toxic), and every connection is reset
     * after {@link #LOSS_PERIOD_MILLIS} (a {@code reset_peer} toxic), so that the sender reconnects and draws
     * again. Over time about that fraction of messages is lost, in bursts, plus those in flight at each reset.
     */
    @Override
    public void flaky(Link link, double lossProbability) {
        if (lossProbability < 0 || lossProbability > 1) {
            throw new IllegalArgumentException("loss probability must be in [0, 1]: " + lossProbability);
        }
        Route route = routes.apply(link);
        replace(link, "loss-hole", () -> route.proxy().toxics()
                .timeout(route.toxicName("loss-hole"), route.direction(), 0).setToxicity((float) lossProbability));
        replace(link, "loss-cycle", () -> route.proxy().toxics()
                .resetPeer(route.toxicName("loss-cycle"), route.direction(), LOSS_PERIOD_MILLIS));
        degraded.add(link);
        trace.accept("flaky " + link + " " + lossProbability);
    }

    @Override
    public void fast() {
        for (Link link : degraded) {
            for (String kind : new String[] {"slow", "loss-hole", "loss-cycle"}) {
                removeToxic(link, kind);
            }
        }
        degraded.clear();
        trace.accept("fast");
    }

    private void cut(Link link) {
        Route route = routes.apply(link);
        if (route.direction() == ToxicDirection.UPSTREAM) {
            io(() -> route.proxy().disable());
        } else {
            replace(link, "cut", () -> route.proxy().toxics()
                    .timeout(route.toxicName("cut"), route.direction(), REPLY_CUT_CLOSE_MILLIS));
        }
    }

    private void uncut(Link link) {
        Route route = routes.apply(link);
        if (route.direction() == ToxicDirection.UPSTREAM) {
            io(() -> route.proxy().enable());
        } else {
            removeToxic(link, "cut");
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** Adds a toxic of {@code kind} on {@code link}, removing the one it replaces. */
    private void replace(Link link, String kind, IoAction add) {
        removeToxic(link, kind);
        io(add);
        toxicsByLink.computeIfAbsent(link, l -> new HashSet<>()).add(kind);
    }

    private void removeToxic(Link link, String kind) {
        Set<String> present = toxicsByLink.get(link);
        if (present != null && present.remove(kind)) {
            Route route = routes.apply(link);
            io(() -> route.proxy().toxics().get(route.toxicName(kind)).remove());
        }
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("toxiproxy: " + e.getMessage(), e);
        }
    }
}
