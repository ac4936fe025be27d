package io.faultline.sim;

import io.faultline.node.MessageCodec;
import io.faultline.node.Node;
import io.faultline.node.Storage;
import io.faultline.runtime.ClockSkewable;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.EventLoop;
import io.faultline.runtime.Killable;
import io.faultline.runtime.MessageCounting;
import io.faultline.runtime.Pausable;
import io.faultline.workloads.client.ClientTransport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cluster in the simulator: every node an object in this JVM, every fault available. Single-threaded: call it
 * only from the thread that runs its {@link #loop()}, which includes harness actions scheduled on it.
 */
public final class SimCluster implements Cluster, Killable, Pausable, ClockSkewable, MessageCounting {

    private final World world;
    private final List<String> nodeIds;
    // looked up by id, never iterated: cluster order comes from nodeIds
    private final Map<String, SimNode> nodes = new HashMap<>();
    private final Map<String, SimClient> clients = new HashMap<>();

    SimCluster(SimConfig config, ClusterSpec spec, SimTrace trace) {
        Simulation sim = new Simulation();
        MessageCodec codec = config.serialize() ? new MessageCodec(spec.system().messages()) : null;
        this.world = new World(sim, new SimNet(sim, config, trace, codec), trace, config.seed());
        this.nodeIds = spec.nodes();
        for (String id : nodeIds) {
            SimNode node = new SimNode(id, world.net().endpointCount(), spec.configFor(id), spec.system(), world);
            nodes.put(id, node);
            world.net().add(node, false);
        }
    }

    /** Boots every node at time 0, in cluster order. */
    void startAll() {
        nodeIds.forEach(id -> nodes.get(id).boot());
    }

    @Override
    public List<String> nodes() {
        return nodeIds;
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
        if (nodes.containsKey(id)) {
            throw new IllegalArgumentException("client id " + id + " is a node id");
        }
        return clients.computeIfAbsent(id, newId -> {
            SimClient client = new SimClient(newId, world.net().endpointCount(), world);
            world.net().add(client, true);
            return client;
        });
    }

    @Override
    public void kill(String node) {
        world.trace().fault(world.sim().now(), "kill " + node);
        slot(node).crash();
    }

    @Override
    public void start(String node) {
        world.trace().fault(world.sim().now(), "start " + node);
        slot(node).boot();
    }

    @Override
    public boolean isRunning(String node) {
        return slot(node).isRunning();
    }

    @Override
    public void pause(String node) {
        world.trace().fault(world.sim().now(), "pause " + node);
        slot(node).pause();
    }

    @Override
    public void resume(String node) {
        world.trace().fault(world.sim().now(), "resume " + node);
        slot(node).resume();
    }

    @Override
    public boolean isPaused(String node) {
        return slot(node).isPaused();
    }

    @Override
    public void skewClock(String node, long offsetNanos, double driftPpm) {
        world.trace().fault(world.sim().now(), "clock " + node + " " + offsetNanos + "ns " + driftPpm + "ppm");
        slot(node).skewClock(offsetNanos, driftPpm);
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
        return Optional.ofNullable(slot(node).current());
    }

    /** White-box access for tests: {@code node}'s storage as the node sees it (synced or not). */
    public Storage storage(String node) {
        return slot(node).storage();
    }

    /** Crashes every node; the cluster holds nothing outside this JVM, so that is all closing means. */
    @Override
    public void close() {
        nodeIds.forEach(id -> nodes.get(id).crash());
    }

    private SimNode slot(String node) {
        SimNode slot = nodes.get(node);
        if (slot == null) {
            throw new IllegalArgumentException("no node " + node + " in " + nodeIds);
        }
        return slot;
    }
}
