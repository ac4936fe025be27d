package io.faultline.nemesis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The nemesis registry: every {@link Nemesis} on the class path, by name. */
public final class Nemeses {

    /** The name that asks for no faults at all. */
    public static final String NONE = "none";

    private Nemeses() {
    }

    /** One fresh instance of every registered nemesis, sorted by name. */
    public static SortedMap<String, Nemesis> all() {
        SortedMap<String, Nemesis> byName = new TreeMap<>();
        for (Nemesis nemesis : ServiceLoader.load(Nemesis.class, Nemesis.class.getClassLoader())) {
            if (byName.put(nemesis.name(), nemesis) != null) {
                throw new IllegalStateException("two nemeses are named '" + nemesis.name() + "'");
            }
        }
        return byName;
    }

    /** Every registered name, sorted. */
    public static List<String> names() {
        return List.copyOf(all().keySet());
    }

    /**
     * Fresh instances of the named nemeses, in the order given. {@code none}, or no names, is no nemesis. A name may
     * carry options after colons: {@code fail-fraction:p=0.3}, {@code churn:period-ms=200:min-live=4}.
     *
     * @throws IllegalArgumentException in one line, naming the valid names, for an unknown or repeated name, or an
     *                                  option the nemesis does not have
     */
    public static List<Nemesis> named(List<String> names) {
        SortedMap<String, Nemesis> all = all();
        Set<String> seen = new LinkedHashSet<>();
        List<Nemesis> nemeses = new ArrayList<>();
        for (String typed : names) {
            if (typed.equals(NONE) && names.size() == 1) {
                continue;
            }
            NemesisOptions options = NemesisOptions.parse(typed);
            String name = options.nemesis();
            Nemesis nemesis = all.get(name);
            if (nemesis == null) {
                throw new IllegalArgumentException("no nemesis named '" + name + "'; known: "
                        + String.join(", ", all.keySet()) + " (combine with commas, or 'none')");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("nemesis '" + name + "' is named twice in " + names);
            }
            nemeses.add(nemesis.withOptions(options));
        }
        return nemeses;
    }
}
