package io.faultline.node;

import java.util.Collections;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/** The systems on the class path, by name: the registry the runner and {@code node-server} look systems up in. */
public final class NodeFactories {

    private NodeFactories() {
    }

    /**
     * Every {@link NodeFactory} that {@link ServiceLoader} finds, sorted by name.
     *
     * @throws IllegalStateException if two factories claim one name
     */
    public static SortedMap<String, NodeFactory> all() {
        SortedMap<String, NodeFactory> byName = new TreeMap<>();
        for (NodeFactory factory : ServiceLoader.load(NodeFactory.class)) {
            NodeFactory clash = byName.put(factory.name(), factory);
            if (clash != null) {
                throw new IllegalStateException("two systems are named '" + factory.name() + "': "
                        + clash.getClass().getName() + " and " + factory.getClass().getName());
            }
        }
        return Collections.unmodifiableSortedMap(byName);
    }

    /** @throws IllegalArgumentException naming the systems that do exist */
    public static NodeFactory byName(String name) {
        SortedMap<String, NodeFactory> all = all();
        NodeFactory factory = all.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("no system named '" + name + "'; known: " + all.keySet());
        }
        return factory;
    }
}
