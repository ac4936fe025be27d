package io.faultline.node;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a node is told when it is created: who it is, who its peers are, its system's options (for example
 * {@code n=3}, {@code r=2}, {@code w=2}) and which named bugs to switch on. Immutable, with sorted collections so
 * that nothing a node iterates depends on hash order.
 *
 * @param id      this node's id
 * @param peers   the other nodes' ids, in cluster order
 * @param options system options by name; the system documents them and their defaults
 * @param bugs    the named bug switches that are on; {@link NodeFactory#bugs()} lists the legal names
 */
public record NodeConfig(String id, List<String> peers, SortedMap<String, String> options, SortedSet<String> bugs) {

    public NodeConfig {
        Objects.requireNonNull(id, "id");
        peers = List.copyOf(peers);
        options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
        bugs = Collections.unmodifiableSortedSet(new TreeSet<>(bugs));
        if (peers.contains(id)) {
            throw new IllegalArgumentException("peers of " + id + " must not include it: " + peers);
        }
    }

    /** A node of {@code allNodes} (which includes {@code id}) with no options and no bugs. */
    public static NodeConfig of(String id, List<String> allNodes) {
        List<String> peers = allNodes.stream().filter(node -> !node.equals(id)).toList();
        return new NodeConfig(id, peers, new TreeMap<>(), new TreeSet<>());
    }

    /**
     * The first of all node names (this node's and its peers') in sorted order: the same at every node, unlike
     * the position in {@link #peers()}, which leaves the node itself out. Linear, since a 10,000-node ring
     * creates 10,000 configs.
     */
    public String firstNodeName() {
        String first = id;
        for (String peer : peers) {
            if (peer.compareTo(first) < 0) {
                first = peer;
            }
        }
        return first;
    }

    public boolean hasBug(String name) {
        return bugs.contains(name);
    }

    public String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    /**
     * An option that takes one of a few words, such as {@code reads=log|index}.
     *
     * @throws IllegalArgumentException naming the option and the allowed words, if it is set to another word
     */
    public String choiceOption(String name, String defaultValue, List<String> allowed) {
        String value = option(name, defaultValue);
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("option " + name + " must be one of " + String.join(", ", allowed)
                    + ", got '" + value + "'");
        }
        return value;
    }

    /** @throws IllegalArgumentException if the option is set but not an integer */
    public int intOption(String name, int defaultValue) {
        String value = options.get(name);
        try {
            return value == null ? defaultValue : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + " must be an integer, got '" + value + "'", e);
        }
    }

    /**
     * A duration option given in milliseconds (options such as {@code heartbeat-ms}), in nanoseconds, as
     * {@link Context#setTimer} takes it.
     *
     * @throws IllegalArgumentException if the option is set but not an integer
     */
    public long millisOptionAsNanos(String name, long defaultNanos) {
        return intOption(name, (int) (defaultNanos / 1_000_000L)) * 1_000_000L;
    }

    public NodeConfig withOption(String name, String value) {
        SortedMap<String, String> more = new TreeMap<>(options);
        more.put(name, value);
        return new NodeConfig(id, peers, more, bugs);
    }

    public NodeConfig withBugs(Set<String> names) {
        SortedSet<String> more = new TreeSet<>(bugs);
        more.addAll(names);
        return new NodeConfig(id, peers, options, more);
    }
}
