package io.faultline.nemesis;

import io.faultline.runtime.Cluster;
import io.faultline.runtime.Grudge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Network partitions (Jepsen's {@code partition-random-halves}, {@code partition-random-node},
 * {@code partition-majorities-ring} and bridge), one shape per fault, drawn from the seeded stream, over the nodes
 * in a shuffled order so that every node gets its turn on each side. {@code partition:shape=halves} (or
 * {@code isolated}, {@code majorities-ring}, {@code bridge}) draws only that shape, for a scenario that needs it:
 * a minority that keeps accepting writes, say.
 */
public final class PartitionNemesis implements Nemesis {

    private enum Shape {
        HALVES("halves"), ISOLATE("isolated"), MAJORITIES_RING("majorities-ring"), BRIDGE("bridge");

        final String optionName;

        Shape(String optionName) {
            this.optionName = optionName;
        }
    }

    private static final String ANY = "any";

    private final List<Shape> shapes;

    public PartitionNemesis() {
        this(List.of(Shape.values()));
    }

    private PartitionNemesis(List<Shape> shapes) {
        this.shapes = shapes;
    }

    @Override
    public Nemesis withOptions(NemesisOptions options) {
        options.requireKnown(name(), "shape");
        List<String> names = new ArrayList<>(Arrays.stream(Shape.values()).map(shape -> shape.optionName).toList());
        names.add(ANY);
        String chosen = options.choice("shape", ANY, names);
        return new PartitionNemesis(Arrays.stream(Shape.values())
                .filter(shape -> chosen.equals(ANY) || shape.optionName.equals(chosen)).toList());
    }

    @Override
    public String name() {
        return "partition";
    }

    @Override
    public String description() {
        return "cuts the network: random halves, one node isolated, majorities ring, or a bridge";
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        Shape shape = shapes.get(random.nextInt(shapes.size()));
        List<String> order = Targets.shuffled(cluster.nodes(), random);
        cluster.net().partition(grudge(shape, order));
        return describe(shape, order);
    }

    @Override
    public String stop(Cluster cluster) {
        boolean wasCut = !cluster.net().grudge().isEmpty();
        cluster.net().heal();
        return wasCut ? "network healed" : "nothing to heal";
    }

    private static Grudge grudge(Shape shape, List<String> order) {
        return switch (shape) {
            case HALVES -> Grudge.halves(order);
            case ISOLATE -> Grudge.isolate(order.get(0), order);
            case MAJORITIES_RING -> Grudge.majoritiesRing(order);
            case BRIDGE -> Grudge.bridge(order);
        };
    }

    /** The components as people draw them: {@code halves [n2 n5] [n1 n3 n4]}. */
    private static String describe(Shape shape, List<String> order) {
        int n = order.size();
        return switch (shape) {
            case HALVES -> "halves " + group(order.subList(0, n / 2)) + " " + group(order.subList(n / 2, n));
            case ISOLATE -> "isolated " + order.get(0);
            case MAJORITIES_RING -> "majorities ring " + group(order);
            case BRIDGE -> "bridge " + group(order.subList(0, n / 2)) + " " + order.get(n / 2) + " "
                    + group(order.subList(n / 2 + 1, n));
        };
    }

    private static String group(List<String> nodes) {
        return "[" + Targets.join(nodes) + "]";
    }
}
