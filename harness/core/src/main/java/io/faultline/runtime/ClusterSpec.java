package io.faultline.runtime;

import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What to run: a system, its node ids, its options and its switched-on bugs. A value; runtimes add how.
 *
 * @param system  the system under test
 * @param nodes   node ids, in cluster order (distinct; {@code n1}, {@code n2}, … by convention)
 * @param options system options, passed to every node
 * @param bugs    bug switches, passed to every node
 */
public record ClusterSpec(NodeFactory system, List<String> nodes, SortedMap<String, String> options,
                          SortedSet<String> bugs) {

    public ClusterSpec {
        Objects.requireNonNull(system, "system");
        nodes = List.copyOf(nodes);
        options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
        bugs = Collections.unmodifiableSortedSet(new TreeSet<>(bugs));
        if (nodes.isEmpty() || new TreeSet<>(nodes).size() != nodes.size()) {
            throw new IllegalArgumentException("nodes must be distinct and not empty: " + nodes);
        }
    }

    /** {@code count} nodes named {@code n1 … n<count>}, no options, no bugs. */
    public static ClusterSpec of(NodeFactory system, int count) {
        List<String> nodes = java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> "n" + i).toList();
        return new ClusterSpec(system, nodes, new TreeMap<>(), new TreeSet<>());
    }

    public ClusterSpec withOption(String name, String value) {
        SortedMap<String, String> more = new TreeMap<>(options);
        more.put(name, value);
        return new ClusterSpec(system, nodes, more, bugs);
    }

    public ClusterSpec withBug(String name) {
        SortedSet<String> more = new TreeSet<>(bugs);
        more.add(name);
        return new ClusterSpec(system, nodes, options, more);
    }

    /** The config node {@code id} is created with. */
    public NodeConfig configFor(String id) {
        if (!nodes.contains(id)) {
            throw new IllegalArgumentException("no node " + id + " in " + nodes);
        }
        List<String> peers = nodes.stream().filter(node -> !node.equals(id)).toList();
        return new NodeConfig(id, peers, options, bugs);
    }
}
