package io.faultline.maelstrom;

import io.faultline.node.MessageCodec;
import io.faultline.process.ProcessRegistry;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.runtime.LifecycleCluster;
import io.faultline.runtime.NodeLifecycles;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * N copies of a Maelstrom program, each an OS process, joined only through the harness's {@link MaelstromNet}.
 * Crash is SIGKILL and a restart with a fresh {@code init}; pause is SIGSTOP/SIGCONT. Use it on the loop's thread.
 */
final class MaelstromCluster implements LifecycleCluster {

    private static final long STDERR_GRACE_NANOS = 200_000_000L;

    private final RealTimeLoop loop;
    private final MaelstromNet net;
    private final MessageCodec codec;
    private final Trace trace;
    private final ProcessRegistry registry;
    private final NodeLifecycles<NodeSlot> slots;
    private final Map<String, MaelstromClient> clients = new HashMap<>();
    private boolean closed;

    /** @param registry records every node process; the cluster closes it */
    MaelstromCluster(List<String> nodeIds, List<String> command, ProcessRegistry registry, RealTimeLoop loop,
                     MaelstromNet net, MessageCodec codec, Trace trace) {
        this.registry = registry;
        this.loop = loop;
        this.net = net;
        this.codec = codec;
        this.trace = trace;
        List<String> ids = List.copyOf(nodeIds);
        SequencedMap<String, NodeSlot> byId = new LinkedHashMap<>();
        for (String id : ids) {
            NodeSlot slot = new NodeSlot(id, ids, command, registry, loop, trace, net::send);
            byId.put(id, slot);
            net.attach(id, slot::deliver);
        }
        this.slots = new NodeLifecycles<>(byId, trace::fault);
    }

    /** Starts every node and waits up to {@code timeoutNanos} for each to answer {@code init}. */
    void boot(long timeoutNanos, String timeoutText) {
        slots.drivers().forEach(NodeSlot::boot);
        loop.runUntil(() -> allInitialized() || slots.drivers().stream().anyMatch(NodeSlot::diedBeforeInit),
                loop.now() + timeoutNanos);
        if (!allInitialized()) {
            // a node that died may still have stderr lines on their way: its last words make the error useful
            loop.runUntil(loop.now() + STDERR_GRACE_NANOS);
            throw new IllegalArgumentException(notReady().orElseThrow().whyNotInitialized(timeoutText));
        }
        trace.event("every node answered init");
    }

    private boolean allInitialized() {
        return slots.drivers().stream().allMatch(NodeSlot::isInitialized);
    }

    /** The node to blame: one that died if any did, else the first that is silent. */
    private Optional<NodeSlot> notReady() {
        return slots.drivers().stream().filter(NodeSlot::diedBeforeInit).findFirst()
                .or(() -> slots.drivers().stream().filter(slot -> !slot.isInitialized()).findFirst());
    }

    @Override
    public NodeLifecycles<NodeSlot> lifecycles() {
        return slots;
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
        if (slots.contains(id) || id.equals(NodeSlot.INIT_CLIENT)) {
            throw new IllegalArgumentException("client id " + id + " is taken by the runtime");
        }
        return clients.computeIfAbsent(id, newId -> {
            MaelstromClient client = new MaelstromClient(newId, net, loop, codec, trace);
            net.attach(newId, client::receive);
            return client;
        });
    }

    /** Kills every node process (paused ones too: SIGKILL needs no SIGCONT). Closing twice does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            slots.drivers().forEach(NodeSlot::crash);
            registry.close();
        }
    }
}
