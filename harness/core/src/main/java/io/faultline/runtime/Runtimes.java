package io.faultline.runtime;

import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/** The runtime registry: every {@link RuntimeProvider} on the class path, by name. */
public final class Runtimes {

    private Runtimes() {
    }

    /**
     * Every registered runtime, sorted by name.
     *
     * @throws IllegalStateException if two providers claim one name
     */
    public static SortedMap<String, RuntimeProvider> all() {
        SortedMap<String, RuntimeProvider> byName = new TreeMap<>();
        ClassLoader loader = RuntimeProvider.class.getClassLoader();
        for (RuntimeProvider provider : ServiceLoader.load(RuntimeProvider.class, loader)) {
            RuntimeProvider clash = byName.put(provider.name(), provider);
            if (clash != null) {
                throw new IllegalStateException("two runtimes are named '" + provider.name() + "': "
                        + clash.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return byName;
    }

    /**
     * The clock of runtime {@code name}: as its provider declares, or, when it is not on the class path (a report
     * tool reading another machine's runs), as {@link Clock#ofStored} derives it for runs that recorded none.
     */
    public static Clock clockOf(String name) {
        RuntimeProvider provider = all().get(name);
        return provider != null ? provider.clock() : Clock.ofStored(null, name);
    }

    /** @throws IllegalArgumentException in one line, naming the runtimes that do exist */
    public static RuntimeProvider byName(String name) {
        SortedMap<String, RuntimeProvider> all = all();
        RuntimeProvider provider = all.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("no runtime named '" + name + "'; known: "
                    + String.join(", ", all.keySet()));
        }
        return provider;
    }
}
