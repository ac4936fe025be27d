package io.faultline.sim;

import io.faultline.node.MessageCodec;
import io.faultline.node.Node;
import io.faultline.node.Storage;
import io.faultline.runtime.ClockSkewable;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.EventLoop;
import io.faultline.runtime.LifecycleCluster;
import io.faultline.runtime.MessageCounting;
import io.faultline.runtime.NodeLifecycles;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * A cluster in the simulator: every node an object in this JVM, every fault available. Single-threaded: call it
 * only from the thread that runs its {@link #loop()}, which includes harness actions scheduled on it.
 */
public final class SimCluster implements LifecycleCluster, ClockSkewable, MessageCounting {

    private final World world;
    private final NodeLifecycles<SimNode> nodes;
    private final Map<String, SimClient> clients = new HashMap<>();

    SimCluster(SimConfig config, ClusterSpec spec, SimTrace trace) {
        Simulation sim = new Simulation();
        MessageCodec codec = config.serialize() ? new MessageCodec(spec.system().messages()) : null;
        this.world = new World(sim, new SimNet(sim, config, trace, codec), trace, config.seed());
        SequencedMap<String, SimNode> byId = new LinkedHashMap<>();
        for (String id : spec.nodes()) {
            SimNode node = new SimNode(id, world.net().endpointCount(), spec.configFor(id), spec.system(), world);
            byId.put(id, node);
            world.net().add(node, false);
        }
        this.nodes = new NodeLifecycles<>(byId, fault -> trace.fault(sim.now(), fault));
    }

    /** Boots every node at time 0, in cluster order. */
    void startAll() {
        nodes.drivers().forEach(SimNode::boot);
    }

    @Override
    public NodeLifecycles<SimNode> lifecycles() {
        return nodes;
    }

    @Override
    public SimNet net() {
        return world.net();
    }

    @Override
    public EventLoop loop() {
        return world.sim();
    }

    @Override
    public ClientTransport client(String id) {
        nodes.requireClientId(id);
        return clients.computeIfAbsent(id, newId -> {
            SimClient client = new SimClient(newId, world.net().endpointCount(), world);
            world.net().add(client, true);
            return client;
        });
    }

    @Override
    public void skewClock(String node, long offsetNanos, double driftPpm) {
        world.trace().fault(world.sim().now(), "clock " + node + " " + offsetNanos + "ns " + driftPpm + "ppm");
        nodes.driver(node).skewClock(offsetNanos, driftPpm);
    }

    /** Runs until nothing is scheduled or {@code deadlineNanos}; see {@link Simulation#runUntilIdle}. */
    public boolean runUntilIdle(long deadlineNanos) {
        return world.sim().runUntilIdle(deadlineNanos);
    }

    @Override
    public long nodeMessagesSent() {
        return world.net().nodeMessagesSent();
    }

    /** The seed that reproduces this run. */
    public long seed() {
        return world.seed();
    }

    /** Events fired so far: deliveries, timers, harness actions. */
    public long eventsFired() {
        return world.sim().firedCount();
    }

    /** White-box access for tests: the node object of {@code node}'s current life, if it is running. */
    public Optional<Node> nodeObject(String node) {
        return Optional.ofNullable(nodes.driver(node).current());
    }

    /** White-box access for tests: {@code node}'s storage as the node sees it (synced or not). */
    public Storage storage(String node) {
        return nodes.driver(node).storage();
    }

    /**
     * Step-by-step tests: fires now {@code node}'s pending timer whose tag is a {@code tagType} and that is due
     * first, ahead of its time, as etcd-raft's tests call {@code Tick} by hand. Time does not move.
     *
     * @throws IllegalStateException if the node has no such timer (a dead node has none)
     */
    public void fireTimer(String node, Class<?> tagType) {
        if (!nodes.driver(node).fireTimerEarly(tagType)) {
            throw new IllegalStateException(node + " has no pending " + tagType.getSimpleName() + " timer");
        }
    }

    /**
     * Step-by-step tests: delivers every message in flight, and every message those cause, in the order they would
     * arrive, without letting time pass. Timers, client timeouts and harness actions stay pending with their
     * times; cuts, loss and crashed receivers apply as always. Messages arrive before their latency is up, so a
     * run that calls this is still deterministic but no longer a faithful run: use it to script protocol steps.
     *
     * @return how many messages were delivered or dropped on arrival
     * @throws IllegalStateException if messages keep causing messages (a million, for a livelocked protocol)
     */
    public long deliverInFlight() {
        return world.sim().fireEarly(Delivery.class::isInstance, 1_000_000);
    }

    /** Crashes every node; the cluster holds nothing outside this JVM, so that is all closing means. */
    @Override
    public void close() {
        nodes.drivers().forEach(SimNode::crash);
    }
}
