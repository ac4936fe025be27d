package io.faultline.sim;

import io.faultline.runtime.Seeds;
import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.node.MessageCodec;
import io.faultline.runtime.Bandwidth;
import io.faultline.runtime.Grudge;
import io.faultline.runtime.Link;
import io.faultline.runtime.LinkFaults;
import io.faultline.runtime.Net;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The simulated network. Loss, duplication and latency are decided when a message is sent, from the network's
 * own random stream; cuts are checked when it arrives, like a firewall on the receiver. Endpoints are found by
 * id in a hash map that is only ever looked up, never iterated.
 */
public final class SimNet implements Net {

    private final Simulation sim;
    private final SimConfig config;
    private final SimTrace trace;
    private final MessageCodec codec;
    private final RandomGenerator random;
    private final LinkTable links;
    private final Map<String, Endpoint> byId = new HashMap<>();
    private final List<Endpoint> endpoints = new ArrayList<>();
    private Grudge grudge = Grudge.none();
    private long deliveredCount;
    private long nodeMessagesSent;

    SimNet(Simulation sim, SimConfig config, SimTrace trace, MessageCodec codecOrNull) {
        this.sim = sim;
        this.config = config;
        this.trace = trace;
        this.codec = codecOrNull;
        this.random = Seeds.derive(config.seed(), "net");
        this.links = new LinkTable(config);
    }

    void add(Endpoint endpoint, boolean client) {
        if (byId.putIfAbsent(endpoint.id(), endpoint) != null) {
            throw new IllegalArgumentException("endpoint id " + endpoint.id() + " is taken");
        }
        endpoints.add(endpoint);
        links.add(endpoint.index(), client);
    }

    int endpointCount() {
        return endpoints.size();
    }

    /** Puts a message on the wire from {@code from}; it may be lost, duplicated, delayed, cut on arrival. */
    void send(Endpoint from, String to, long msgId, long inReplyTo, Message body) {
        Endpoint dest = byId.get(to);
        if (dest == null) {
            trace.dropped(sim.now(), from.id(), to, body, "unknown");
            return;
        }
        if (!links.isClient(from.index()) && !links.isClient(dest.index())) {
            nodeMessagesSent++;
        }
        // the JSON line a real network would carry: decoded again for the receiver, measured for bandwidth
        String line = codec == null ? null : codec.encode(new Envelope(from.id(), to, msgId, inReplyTo, body));
        Message wireBody = line == null ? body : codec.decode(line).body();
        LinkState link = links.get(from.index(), dest.index());
        if (link.lossProbability > 0 && random.nextDouble() < link.lossProbability) {
            trace.dropped(sim.now(), from.id(), to, wireBody, "lost");
            return;
        }
        transmit(link, new Delivery(this, from, dest, msgId, inReplyTo, wireBody), line);
        if (link.duplicateProbability > 0 && random.nextDouble() < link.duplicateProbability) {
            transmit(link, new Delivery(this, from, dest, msgId, inReplyTo, wireBody), line);
        }
    }

    /** Called by the delivery event when its time comes. */
    void arrive(Delivery delivery) {
        if (links.get(delivery.from.index(), delivery.to.index()).cut) {
            trace.dropped(sim.now(), delivery.from.id(), delivery.to.id(), delivery.body, "cut");
            return;
        }
        deliveredCount++;
        delivery.to.receive(delivery);
    }

    /** Messages that made it across a link (to a live or dead receiver). */
    public long deliveredCount() {
        return deliveredCount;
    }

    /** Node-to-node messages put on the wire, arrived or not; see {@link io.faultline.runtime.MessageCounting}. */
    public long nodeMessagesSent() {
        return nodeMessagesSent;
    }

    @Override
    public void partition(Grudge newGrudge) {
        for (Link link : newGrudge.cuts()) {
            index(link.from());
            index(link.to());
        }
        setCuts(false);
        grudge = newGrudge;
        setCuts(true);
        trace.fault(sim.now(), "partition " + newGrudge.cuts());
    }

    @Override
    public void heal() {
        setCuts(false);
        grudge = Grudge.none();
        trace.fault(sim.now(), "heal");
    }

    @Override
    public Grudge grudge() {
        return grudge;
    }

    @Override
    public void slow(Link link, long latencyNanos, long jitterNanos) {
        latency(link, Latency.uniform(latencyNanos, latencyNanos + jitterNanos));
    }

    /** Sets any latency distribution on {@code link}: the simulator's richer {@link #slow}. */
    public void latency(Link link, Latency latency) {
        state(link).latency = latency;
        trace.fault(sim.now(), "latency " + link + " " + latency);
    }

    @Override
    public void flaky(Link link, double lossProbability) {
        SimConfig.requireProbability(lossProbability);
        state(link).lossProbability = lossProbability;
        trace.fault(sim.now(), "flaky " + link + " " + lossProbability);
    }

    @Override
    public void throttle(Link link, long bytesPerSecond) {
        state(link).bytesPerSecond = LinkFaults.requireBandwidth(bytesPerSecond);
        trace.fault(sim.now(), "bandwidth " + link + " " + bytesPerSecond + " B/s");
    }

    /** From now on, each message on {@code link} is delivered twice with probability {@code probability}. */
    public void duplicate(Link link, double probability) {
        SimConfig.requireProbability(probability);
        state(link).duplicateProbability = probability;
        trace.fault(sim.now(), "duplicate " + link + " " + probability);
    }

    @Override
    public void fast() {
        links.resetBehaviour();
        trace.fault(sim.now(), "fast");
    }

    private void setCuts(boolean cut) {
        for (Link link : grudge.cuts()) {
            state(link).cut = cut;
        }
    }

    private LinkState state(Link link) {
        return links.mutable(index(link.from()), index(link.to()));
    }

    private int index(String id) {
        Endpoint endpoint = byId.get(id);
        if (endpoint == null) {
            throw new IllegalArgumentException("no endpoint " + id + " in the simulated network");
        }
        return endpoint.index();
    }

    /**
     * The message leaves when a throttled link has sent it, and arrives one latency later. Its size is its JSON
     * line, or without a codec its {@code toString} (computed only on a throttled link: a 10,000-node ring sends
     * millions of messages).
     */
    private void transmit(LinkState link, Delivery delivery, String line) {
        long sentAt = sim.now();
        if (link.bytesPerSecond > 0) {
            long sizeBytes = line == null ? delivery.body.toString().length() : line.length() + 1;
            link.freeAtNanos = Bandwidth.sentAt(link.freeAtNanos, sim.now(), sizeBytes, link.bytesPerSecond);
            sentAt = link.freeAtNanos;
        }
        sim.at(sentAt + link.latency.sampleNanos(random), delivery);
    }
}
