package io.faultline.chord;

import io.faultline.node.MessageRegistry;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;
import java.util.SortedMap;
import java.util.TreeMap;

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

    /** The bug switches; each makes the lookup checker report a wrong owner or a broken ring. */
    @Override
    public SortedMap<String, String> bugs() {
        SortedMap<String, String> bugs = new TreeMap<>();
        bugs.put(NO_STABILIZE, "stabilize never runs: successors stay as the join found them, so joins and"
                + " crashes leave the ring broken and lookups name wrong owners");
        return bugs;
    }

    /** The {@code no-stabilize} bug's name. */
    public static final String NO_STABILIZE = "no-stabilize";

    @Override
    public void registerMessages(MessageRegistry registry) {
        ChordMessages.register(registry);
    }

    @Override
    public Node create(NodeConfig config) {
        return new ChordNode(config);
    }
}
