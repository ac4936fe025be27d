package io.faultline.workloads;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The workload registry: every {@link Workload} on the class path, by name. */
public final class Workloads {
    private Workloads() {
    }

    /** Every registered workload, sorted by name. */
    public static List<Workload> all() {
        return ServiceLoader.load(Workload.class, Workload.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Workload::name))
                .toList();
    }

    public static List<String> names() {
        return all().stream().map(Workload::name).toList();
    }

    /**
     * The workload called {@code name}.
     *
     * @throws IllegalArgumentException naming the known workloads, if there is none by that name
     */
    public static Workload named(String name) {
        List<Workload> all = all();
        return all.stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown workload \"" + name + "\"; known: "
                        + all.stream().map(Workload::name).collect(Collectors.joining(", "))));
    }
}
