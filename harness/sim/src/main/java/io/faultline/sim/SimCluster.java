package io.faultline.sim;

import io.faultline.node.MessageCodec;
import io.faultline.node.Node;
import io.faultline.node.Storage;
import io.faultline.runtime.ClockSkewable;
import io.faultline.runtime.Client;
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
    public Client client(String id) {
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

    /** Crashes every node; the cluster holds nothing outside this JVM, so that is all closing means. */
    @Override
    public void close() {
        nodes.drivers().forEach(SimNode::crash);
    }
}
