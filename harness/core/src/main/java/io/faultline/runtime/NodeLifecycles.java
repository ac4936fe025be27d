package io.faultline.runtime;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Consumer;

/**
 * The nodes of one cluster, in cluster order, each with its runtime's driver and its {@link NodeLifecycle}: the
 * part of a cluster every runtime shares. Looking up an id that is not a node fails with the ids that are.
 *
 * @param <D> the runtime's driver, for what only that runtime can do to a node (skew its clock, read its port)
 */
public final class NodeLifecycles<D extends NodeDriver> {

    private final List<String> ids;
    private final Map<String, D> drivers;
    private final Map<String, NodeLifecycle> lifecycles = new LinkedHashMap<>();

    /**
     * @param drivers every node's driver by node id, in cluster order
     * @param faults  where {@link NodeLifecycle} traces the faults
     */
    public NodeLifecycles(SequencedMap<String, D> drivers, Consumer<String> faults) {
        this.ids = List.copyOf(drivers.keySet());
        this.drivers = new LinkedHashMap<>(drivers);
        drivers.forEach((id, driver) -> lifecycles.put(id, new NodeLifecycle(id, driver, faults)));
    }

    /** Node ids, in cluster order. */
    public List<String> ids() {
        return ids;
    }

    public boolean contains(String id) {
        return drivers.containsKey(id);
    }

    /** @throws IllegalArgumentException if {@code node} is not a node of this cluster */
    public NodeLifecycle of(String node) {
        require(node);
        return lifecycles.get(node);
    }

    /** @throws IllegalArgumentException if {@code node} is not a node of this cluster */
    public D driver(String node) {
        require(node);
        return drivers.get(node);
    }

    /** Every driver, in cluster order, for what a cluster does to all nodes at once (boot, close). */
    public Collection<D> drivers() {
        return drivers.values();
    }

    /** @throws IllegalArgumentException if a client would take a node's id */
    public void requireClientId(String id) {
        if (contains(id)) {
            throw new IllegalArgumentException("client id " + id + " is a node id");
        }
    }

    private void require(String node) {
        if (!contains(node)) {
            throw new IllegalArgumentException("no node " + node + " in " + ids);
        }
    }
}
