package io.faultline.experiment;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The experiment registry: every {@link Experiment} on the class path, by name. */
public final class Experiments {

    private Experiments() {
    }

    /** Every registered experiment, sorted by name. */
    public static List<Experiment> all() {
        return ServiceLoader.load(Experiment.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Experiment::name)).toList();
    }

    /** @throws ExperimentException naming the known experiments when {@code name} is not one of them */
    public static Experiment named(String name) {
        List<Experiment> all = all();
        return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new ExperimentException(
                "unknown experiment '" + name + "'; use one of: "
                        + String.join(", ", all.stream().map(Experiment::name).toList())));
    }
}
