package io.faultline.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A directed link: the path messages take from {@code from} to {@code to}. Ordered by {@code from}, then
 * {@code to}, so sets of links iterate the same way in every run.
 */
public record Link(String from, String to) implements Comparable<Link> {

    private static final Comparator<Link> ORDER = Comparator.comparing(Link::from).thenComparing(Link::to);

    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The link in the other direction. */
    public Link reversed() {
        return new Link(to, from);
    }

    /** Every directed link between two distinct members of {@code endpoints}. */
    public static List<Link> allBetween(List<String> endpoints) {
        List<Link> links = new ArrayList<>();
        for (String from : endpoints) {
            for (String to : endpoints) {
                if (!from.equals(to)) {
                    links.add(new Link(from, to));
                }
            }
        }
        return links;
    }

    @Override
    public int compareTo(Link other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return from + "->" + to;
    }
}
