package io.faultline.histories.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An immutable set of canonical elements with its hash computed once: the state of {@link SetModel}. Checkers
 * hash states on every memoization probe, so the hash is kept incrementally (the sum of element hashes, as
 * {@link java.util.AbstractSet} defines it).
 */
public final class ElementSet {
    private static final ElementSet EMPTY = new ElementSet(Collections.emptySet(), 0);

    private final Set<Object> elements;
    private final int hash;

    private ElementSet(Set<Object> elements, int hash) {
        this.elements = elements;
        this.hash = hash;
    }

    public static ElementSet empty() {
        return EMPTY;
    }

    /** The canonical set of the elements of a read's output (a collection, or {@code null} for empty). */
    public static ElementSet of(Collection<?> values) {
        Set<Object> set = new HashSet<>();
        if (values != null) {
            values.forEach(v -> set.add(Values.canonical(v)));
        }
        return new ElementSet(Collections.unmodifiableSet(set), set.hashCode());
    }

    /** This set with {@code element} added (this very set when it is already there). */
    public ElementSet with(Object element) {
        Object e = Values.canonical(element);
        if (elements.contains(e)) {
            return this;
        }
        Set<Object> grown = new HashSet<>(elements);
        grown.add(e);
        return new ElementSet(Collections.unmodifiableSet(grown), hash + (e == null ? 0 : e.hashCode()));
    }

    public int size() {
        return elements.size();
    }

    public boolean contains(Object element) {
        return elements.contains(Values.canonical(element));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElementSet other && hash == other.hash && elements.equals(other.elements);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Sorted when the elements are comparable, so that descriptions are stable: {@code #{1 2 3}}. */
    @Override
    public String toString() {
        List<Object> sorted = new ArrayList<>(elements);
        try {
            sorted.sort(null);
        } catch (ClassCastException mixedTypes) {
            // elements of mixed types keep hash order; the description is still correct, only less tidy
        }
        String inner = Describe.value(sorted);
        return "#{" + inner.substring(1, inner.length() - 1) + "}";
    }
}
