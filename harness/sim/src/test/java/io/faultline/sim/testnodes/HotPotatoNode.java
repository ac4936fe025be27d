package io.faultline.sim.testnodes;

import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.Node;
import java.util.List;

/**
 * The benchmark's node: it starts {@code tokens} potatoes and throws every potato it catches to a random peer.
 * The number of messages in flight stays constant, the handler does almost nothing, so the run measures the
 * simulator: agenda, network, dispatch.
 */
public final class HotPotatoNode implements Node {

    /** A potato and how many times it has been thrown. */
    public record Potato(long throwCount) implements Message {
    }

    private final int tokens;

    public HotPotatoNode(int tokens) {
        this.tokens = tokens;
    }

    @Override
    public void onStart(Context ctx) {
        for (int i = 0; i < tokens; i++) {
            throwOn(ctx, 0);
        }
    }

    @Override
    public void onMessage(Context ctx, String from, Message message) {
        throwOn(ctx, ((Potato) message).throwCount() + 1);
    }

    @Override
    public void onTimer(Context ctx, Object tag) {
    }

    private static void throwOn(Context ctx, long throwCount) {
        List<String> peers = ctx.peers();
        ctx.send(peers.get(ctx.random().nextInt(peers.size())), new Potato(throwCount));
    }
}
