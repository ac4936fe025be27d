package io.faultline.maelstrom;

import io.faultline.realtime.RealTimeLoop;
import io.faultline.runtime.Bandwidth;
import io.faultline.runtime.Grudge;
import io.faultline.runtime.Link;
import io.faultline.runtime.LinkFaults;
import io.faultline.runtime.Net;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The network between node processes and client endpoints, in real time, entirely inside the harness (Maelstrom's
 * own design): every line a node prints is a message this class delivers, delays, throttles, loses or cuts. Loss
 * and delay are decided when a message is sent, from a stream seeded by the run; cuts are checked when it arrives,
 * like a firewall on the receiver. Single-threaded: used on the loop only.
 */
final class MaelstromNet implements Net {

    private static final LinkFaults.Delay INSTANT = new LinkFaults.Delay(0, 0);

    private final RealTimeLoop loop;
    private final Trace trace;
    private final RandomGenerator random;
    // looked up by id, never iterated: iteration order cannot leak into a run
    private final Map<String, Consumer<Wire>> endpoints = new HashMap<>();
    private final LinkFaults faults = new LinkFaults();
    private final Map<Link, Long> freeAt = new HashMap<>(); // when each throttled link has sent its queue
    private Grudge grudge = Grudge.none();

    MaelstromNet(RealTimeLoop loop, Trace trace, RandomGenerator random) {
        this.loop = loop;
        this.trace = trace;
        this.random = random;
    }

    /** Messages to {@code id} are handed to {@code receiver} (on the loop) when they arrive. */
    void attach(String id, Consumer<Wire> receiver) {
        if (endpoints.putIfAbsent(id, receiver) != null) {
            throw new IllegalArgumentException("endpoint id " + id + " is taken");
        }
    }

    /** Puts {@code wire} on the link {@code src → dest}: lost or delayed as the link says, cut on arrival. */
    void send(Wire wire) {
        Link link = new Link(wire.src(), wire.dest());
        double loss = faults.loss(link).orElse(0);
        if (loss > 0 && random.nextDouble() < loss) {
            trace.dropped(wire, "lost");
            return;
        }
        LinkFaults.Delay delay = faults.delay(link).orElse(INSTANT);
        long jitter = delay.jitterNanos() > 0 ? random.nextLong(delay.jitterNanos() + 1) : 0;
        loop.schedule(sentAt(link, wire) + delay.latencyNanos() + jitter, () -> arrive(wire));
    }

    /** Now, or on a throttled link when the bytes queued ahead of this line and the line itself are out. */
    private long sentAt(Link link, Wire wire) {
        OptionalLong bandwidth = faults.bandwidth(link);
        if (bandwidth.isEmpty()) {
            return loop.now();
        }
        long sent = Bandwidth.sentAt(freeAt.getOrDefault(link, 0L), loop.now(), wire.line().length() + 1,
                bandwidth.getAsLong());
        freeAt.put(link, sent);
        return sent;
    }

    private void arrive(Wire wire) {
        Consumer<Wire> receiver = endpoints.get(wire.dest());
        if (receiver == null) {
            trace.dropped(wire, "no such endpoint");
        } else if (grudge.isCut(wire.src(), wire.dest())) {
            trace.dropped(wire, "cut");
        } else {
            receiver.accept(wire);
        }
    }

    @Override
    public void partition(Grudge newGrudge) {
        grudge = newGrudge;
        trace.fault("partition " + newGrudge.cuts());
    }

    @Override
    public void heal() {
        grudge = Grudge.none();
        trace.fault("heal");
    }

    @Override
    public Grudge grudge() {
        return grudge;
    }

    @Override
    public void slow(Link link, long latencyNanos, long jitterNanos) {
        faults.slow(link, latencyNanos, jitterNanos);
        trace.fault("latency " + link + " " + latencyNanos / 1_000_000 + "ms +" + jitterNanos / 1_000_000 + "ms");
    }

    @Override
    public void flaky(Link link, double lossProbability) {
        faults.flaky(link, lossProbability);
        trace.fault("flaky " + link + " " + lossProbability);
    }

    @Override
    public void throttle(Link link, long bytesPerSecond) {
        faults.throttle(link, bytesPerSecond);
        trace.fault("bandwidth " + link + " " + bytesPerSecond + " B/s");
    }

    @Override
    public void fast() {
        faults.clear();
        trace.fault("fast");
    }
}
