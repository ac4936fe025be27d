package io.faultline.node;

import io.faultline.node.client.ClientMessages;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A system under test, found by {@link #name()} through {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.faultline.node.NodeFactory}), so adding a system never edits a runtime or the
 * runner. One factory builds every node of a cluster, and builds a node again after each crash.
 */
public interface NodeFactory {

    /** The name users type: {@code raft}, {@code quorum}, {@code primary-backup}, {@code chord}. */
    String name();

    /** One line for people: what the system is and what it should guarantee. */
    String description();

    /**
     * The bug switches this system has, name to what it breaks (for example {@code stale-follower-reads}),
     * sorted. Each is off unless named in {@link NodeConfig#bugs()}.
     */
    default SortedMap<String, String> bugs() {
        return new TreeMap<>();
    }

    /** Registers the system's own node-to-node messages; the client messages are registered by {@link #messages()}. */
    void registerMessages(MessageRegistry registry);

    /**
     * A fresh node, holding no state but its config: anything that must survive a crash it reads from
     * {@link Context#storage()} in {@link Node#onStart}.
     */
    Node create(NodeConfig config);

    /** Every message this system speaks: the lin-kv client vocabulary plus its own. */
    default MessageRegistry messages() {
        MessageRegistry registry = ClientMessages.register(new MessageRegistry());
        registerMessages(registry);
        return registry;
    }

    /**
     * Runtimes call this once before they start a cluster, so that a misspelt bug fails the run instead of
     * silently testing the correct system.
     *
     * @throws IllegalArgumentException naming the unknown bug and the known ones
     */
    default void requireKnownBugs(NodeConfig config) {
        for (String bug : config.bugs()) {
            if (!bugs().containsKey(bug)) {
                throw new IllegalArgumentException(name() + " has no bug '" + bug + "'; known: " + bugs().keySet());
            }
        }
    }
}
