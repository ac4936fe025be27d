package io.faultline.maelstrom;

import io.faultline.node.MessageCodec;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.Killable;
import io.faultline.runtime.Pausable;
import io.faultline.workloads.client.ClientTransport;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * N copies of a Maelstrom program, each an OS process, joined only through the harness's {@link MaelstromNet}.
 * Crash is SIGKILL and a restart with a fresh {@code init}; pause is SIGSTOP/SIGCONT. Use it on the loop's thread.
 */
final class MaelstromCluster implements Cluster, Killable, Pausable {

    private static final long STDERR_GRACE_NANOS = 200_000_000L;

    private final List<String> nodeIds;
    private final RealTimeLoop loop;
    private final MaelstromNet net;
    private final MessageCodec codec;
    private final Trace trace;
    // insertion order is cluster order; looked up by id
    private final Map<String, NodeSlot> slots = new LinkedHashMap<>();
    private final Map<String, MaelstromClient> clients = new HashMap<>();
    private boolean closed;

    MaelstromCluster(List<String> nodeIds, List<String> command, RealTimeLoop loop, MaelstromNet net,
                     MessageCodec codec, Trace trace) {
        this.nodeIds = List.copyOf(nodeIds);
        this.loop = loop;
        this.net = net;
        this.codec = codec;
        this.trace = trace;
        for (String id : nodeIds) {
            NodeSlot slot = new NodeSlot(id, this.nodeIds, command, loop, trace, net::send);
            slots.put(id, slot);
            net.attach(id, slot::deliver);
        }
    }

    /** Starts every node and waits up to {@code timeoutNanos} for each to answer {@code init}. */
    void boot(long timeoutNanos, String timeoutText) {
        slots.values().forEach(NodeSlot::boot);
        loop.runUntil(() -> allInitialized() || slots.values().stream().anyMatch(NodeSlot::diedBeforeInit),
                loop.now() + timeoutNanos);
        if (!allInitialized()) {
            // a node that died may still have stderr lines on their way: its last words make the error useful
            loop.runUntil(loop.now() + STDERR_GRACE_NANOS);
            throw new IllegalArgumentException(notReady().orElseThrow().whyNotInitialized(timeoutText));
        }
        trace.event("every node answered init");
    }

    private boolean allInitialized() {
        return slots.values().stream().allMatch(NodeSlot::isInitialized);
    }

    /** The node to blame: one that died if any did, else the first that is silent. */
    private Optional<NodeSlot> notReady() {
        return slots.values().stream().filter(NodeSlot::diedBeforeInit).findFirst()
                .or(() -> slots.values().stream().filter(slot -> !slot.isInitialized()).findFirst());
    }

    @Override
    public List<String> nodes() {
        return nodeIds;
    }

    @Override
    public MaelstromNet net() {
        return net;
    }

    @Override
    public RealTimeLoop loop() {
        return loop;
    }

    @Override
    public ClientTransport client(String id) {
        if (slots.containsKey(id) || id.equals(NodeSlot.INIT_CLIENT)) {
            throw new IllegalArgumentException("client id " + id + " is taken by the runtime");
        }
        return clients.computeIfAbsent(id, newId -> {
            MaelstromClient client = new MaelstromClient(newId, net, loop, codec, trace);
            net.attach(newId, client::receive);
            return client;
        });
    }

    @Override
    public void kill(String node) {
        trace.fault("kill " + node);
        slot(node).crash();
    }

    @Override
    public void start(String node) {
        trace.fault("start " + node);
        if (!slot(node).isRunning()) {
            slot(node).boot();
        }
    }

    @Override
    public boolean isRunning(String node) {
        return slot(node).isRunning();
    }

    @Override
    public void pause(String node) {
        trace.fault("pause " + node);
        slot(node).pause();
    }

    @Override
    public void resume(String node) {
        trace.fault("resume " + node);
        slot(node).resume();
    }

    @Override
    public boolean isPaused(String node) {
        return slot(node).isPaused();
    }

    /** Kills every node process (paused ones too: SIGKILL needs no SIGCONT). Closing twice does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            slots.values().forEach(NodeSlot::crash);
        }
    }

    private NodeSlot slot(String node) {
        NodeSlot slot = slots.get(node);
        if (slot == null) {
            throw new IllegalArgumentException("no node " + node + " in " + nodeIds);
        }
        return slot;
    }
}
