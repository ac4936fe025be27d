package io.faultline.sim.testnodes;

import io.faultline.node.MessageRegistry;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;
import java.util.function.Supplier;

/** Wraps a test node class as a system; not registered with the ServiceLoader. */
public record TestSystem(String name, Supplier<Node> nodes) implements NodeFactory {

    public static TestSystem gossip() {
        return new TestSystem("gossip", GossipNode::new);
    }

    public static TestSystem store() {
        return new TestSystem("store", StoreNode::new);
    }

    public static TestSystem hotPotato(int tokensPerNode) {
        return new TestSystem("hot-potato", () -> new HotPotatoNode(tokensPerNode));
    }

    @Override
    public String description() {
        return "test system " + name;
    }

    @Override
    public void registerMessages(MessageRegistry registry) {
        registry.register("gossip", GossipNode.Gossip.class)
                .register("now", StoreNode.Now.class)
                .register("now_ok", StoreNode.NowOk.class)
                .register("ping", StoreNode.Ping.class)
                .register("pong", StoreNode.Pong.class)
                .register("explode", StoreNode.Explode.class)
                .register("potato", HotPotatoNode.Potato.class);
    }

    @Override
    public Node create(NodeConfig config) {
        return nodes.get();
    }
}
