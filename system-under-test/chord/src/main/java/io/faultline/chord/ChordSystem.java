package io.faultline.chord;

import io.faultline.node.MessageRegistry;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;

/** The {@code chord} system: a Chord DHT serving lin-kv requests at any node, each key on k successors. */
public final class ChordSystem implements NodeFactory {

    @Override
    public String name() {
        return "chord";
    }

    @Override
    public String description() {
        return "Chord DHT (Stoica et al. 2001): SHA-1 ring, fingers, successor lists, k-way replication; "
                + "lin-kv at any node, not linearizable under churn";
    }

    @Override
    public void registerMessages(MessageRegistry registry) {
        ChordMessages.register(registry);
    }

    @Override
    public Node create(NodeConfig config) {
        return new ChordNode(config);
    }
}
