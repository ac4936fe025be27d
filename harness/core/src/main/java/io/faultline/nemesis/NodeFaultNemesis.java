package io.faultline.nemesis;

import io.faultline.runtime.Capabilities;
import io.faultline.runtime.Cluster;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

/**
 * A fault that hits nodes one by one and is undone node by node: kill and restart, pause and resume, skew a clock
 * and reset it. It remembers every node it hit, so that {@link #stop} heals exactly those, once each, however many
 * faults started meanwhile. A subclass is mostly its constructor; it overrides a step only where it differs: which
 * nodes ({@link #targets}), what one node's fault says ({@link #inject}), how the history describes it.
 *
 * @param <C> the capability the fault needs from the cluster ({@link io.faultline.runtime.Killable}, …)
 */
abstract class NodeFaultNemesis<C> implements Nemesis {

    /**
     * The words of a fault: its name, the history's {@code f} for start and stop, and what a stop with nothing to
     * heal says.
     */
    record Words(String name, String startF, String stopF, String nothingToHeal) {
    }

    private final Words words;
    private final String description;
    private final Class<C> capability;
    private final BiConsumer<C, String> fault;
    private final BiConsumer<C, String> heal;
    private final List<String> hit = new ArrayList<>();

    NodeFaultNemesis(Words words, String description, Class<C> capability, BiConsumer<C, String> fault,
                     BiConsumer<C, String> heal) {
        this.words = words;
        this.description = description;
        this.capability = capability;
        this.fault = fault;
        this.heal = heal;
    }

    @Override
    public final String name() {
        return words.name();
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String startF() {
        return words.startF();
    }

    @Override
    public final String stopF() {
        return words.stopF();
    }

    @Override
    public final void requireCapabilities(Cluster cluster) {
        capable(cluster);
    }

    /** Hits the nodes {@link #targets} picks, in that order; returns what {@link #describe} makes of it. */
    @Override
    public final String start(Cluster cluster, RandomGenerator random) {
        C nodes = capable(cluster);
        List<String> parts = new ArrayList<>();
        List<String> targets = targets(cluster.nodes(), random);
        for (String node : targets) {
            parts.add(inject(nodes, node, random));
        }
        targets.stream().filter(node -> !hit.contains(node)).forEach(hit::add);
        return describe(parts);
    }

    /** Heals every node hit since the last stop, in {@link #healOrder}. */
    @Override
    public final String stop(Cluster cluster) {
        if (hit.isEmpty()) {
            return words.nothingToHeal();
        }
        C nodes = capable(cluster);
        List<String> healed = healOrder(hit);
        healed.forEach(node -> heal.accept(nodes, node));
        hit.clear();
        return describeHealed(healed);
    }

    /** The nodes one fault hits: one random node or a random minority (Jepsen's {@code :one}, {@code :minority}). */
    List<String> targets(List<String> nodes, RandomGenerator random) {
        return Targets.oneOrMinority(nodes, random);
    }

    /** Does the fault to {@code node}; returns its part of the description: the node's id, unless more is said. */
    String inject(C nodes, String node, RandomGenerator random) {
        fault.accept(nodes, node);
        return node;
    }

    /** The start's description from each node's part: the parts joined by spaces. */
    String describe(List<String> parts) {
        return Targets.join(parts);
    }

    /** The stop's description: the healed nodes joined by spaces. */
    String describeHealed(List<String> healed) {
        return Targets.join(healed);
    }

    /** The order nodes are healed in: by name, so that the history reads the same whatever order they fell in. */
    List<String> healOrder(List<String> nodes) {
        return nodes.stream().sorted().toList();
    }

    private C capable(Cluster cluster) {
        return Capabilities.require(cluster, capability, "the " + name() + " nemesis");
    }
}
