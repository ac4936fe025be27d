package io.faultline.sim.testnodes;

import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A grow-only set spread by gossip: a client {@code write} adds its value, every node tells a random peer what it
 * knows every {@link #PERIOD_NANOS}, a {@code read} returns the sorted set. Exercises timers, the node's random
 * source and lots of node-to-node traffic, so it is the simulator's determinism and benchmark workload.
 */
public final class GossipNode implements Node {

    public static final long PERIOD_NANOS = 10_000_000;

    /** What one node tells another: everything it knows. */
    public record Gossip(List<Long> values) implements Message {
    }

    private final TreeSet<Long> known = new TreeSet<>();

    @Override
    public void onStart(Context ctx) {
        ctx.setTimer(ctx.random().nextLong(PERIOD_NANOS), "gossip");
    }

    @Override
    public void onMessage(Context ctx, String from, Message message) {
        switch (message) {
            case Write write -> {
                known.add((Long) write.value());
                ctx.reply(new WriteOk());
            }
            case Gossip gossip -> known.addAll(gossip.values());
            default -> ctx.reply(new ReadOk(new ArrayList<>(known)));
        }
    }

    @Override
    public void onTimer(Context ctx, Object tag) {
        List<String> peers = ctx.peers();
        if (!peers.isEmpty() && !known.isEmpty()) {
            ctx.send(peers.get(ctx.random().nextInt(peers.size())), new Gossip(new ArrayList<>(known)));
        }
        ctx.setTimer(PERIOD_NANOS, tag);
    }
}
