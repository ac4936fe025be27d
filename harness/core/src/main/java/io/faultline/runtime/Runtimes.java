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
