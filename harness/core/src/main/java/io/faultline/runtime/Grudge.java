package io.faultline.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A partition as a set of cut directed links (Jepsen's "grudge"). Any shape can be expressed, one-way cuts
 * included; the factories build the classic ones. Factories that pick sides take the nodes in the order given:
 * shuffle them with the run's random source first for random partitions.
 */
public record Grudge(SortedSet<Link> cuts) {

    public Grudge {
        cuts = Collections.unmodifiableSortedSet(new TreeSet<>(cuts));
    }

    public static Grudge none() {
        return new Grudge(new TreeSet<>());
    }

    public static Grudge of(Collection<Link> cuts) {
        return new Grudge(new TreeSet<>(cuts));
    }

    /** Only {@code from → to} is cut; {@code to} can still talk to {@code from}. */
    public static Grudge oneWay(String from, String to) {
        return of(List.of(new Link(from, to)));
    }

    /** Every link between nodes of different components is cut, both ways; links inside a component work. */
    public static Grudge components(List<? extends Collection<String>> components) {
        List<Link> cuts = new ArrayList<>();
        for (Collection<String> mine : components) {
            for (Collection<String> theirs : components) {
                if (mine != theirs) {
                    mine.forEach(a -> theirs.forEach(b -> cuts.add(new Link(a, b))));
                }
            }
        }
        return of(cuts);
    }

    /** {@code node} can neither reach nor be reached by any other of {@code nodes}. */
    public static Grudge isolate(String node, List<String> nodes) {
        List<String> rest = nodes.stream().filter(other -> !other.equals(node)).toList();
        return components(List.of(List.of(node), rest));
    }

    /** The first ⌊n/2⌋ nodes against the rest: a minority and a majority. */
    public static Grudge halves(List<String> nodes) {
        int half = nodes.size() / 2;
        return components(List.of(nodes.subList(0, half), nodes.subList(half, nodes.size())));
    }

    /**
     * Two halves joined only through the middle node, which talks to both: Jepsen's {@code bridge}. With five
     * nodes {@code [a b] c [d e]}: a and b cannot reach d and e, c reaches everyone.
     */
    public static Grudge bridge(List<String> nodes) {
        int middle = nodes.size() / 2;
        return components(List.of(nodes.subList(0, middle), nodes.subList(middle + 1, nodes.size())));
    }

    /**
     * Jepsen's {@code majorities-ring}: every node hears a majority (itself and its nearest ring neighbours), but
     * no two nodes hear the same majority, so every node may believe it is in the majority. Cuts are one-way
     * where the window is lopsided (even cluster sizes).
     */
    public static Grudge majoritiesRing(List<String> nodes) {
        int n = nodes.size();
        int majority = n / 2 + 1;
        int before = (majority - 1) / 2;
        List<Link> cuts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int offset = majority - before; offset < n - before; offset++) {
                // nodes outside i's window [i - before, i - before + majority) are not heard by i
                cuts.add(new Link(nodes.get(Math.floorMod(i + offset, n)), nodes.get(i)));
            }
        }
        return of(cuts);
    }

    public boolean isCut(String from, String to) {
        return cuts.contains(new Link(from, to));
    }

    public Grudge union(Grudge other) {
        TreeSet<Link> both = new TreeSet<>(cuts);
        both.addAll(other.cuts);
        return new Grudge(both);
    }

    public boolean isEmpty() {
        return cuts.isEmpty();
    }
}
