package io.faultline.experiment;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The seed and the size options of one experiment run: what makes the run reproducible.
 *
 * @param seed  every random choice of the run derives from it
 * @param sizes every size option the experiment takes, defaults filled in
 */
public record ExperimentSettings(long seed, Map<String, Long> sizes) {

    public ExperimentSettings {
        sizes = Collections.unmodifiableSortedMap(new TreeMap<>(sizes));
    }

    /**
     * Checks {@code given} (options the user set) against {@code experiment}'s options, fills in the defaults, and
     * lets the experiment check how they combine ({@link Experiment#checkSizes}).
     *
     * @throws ExperimentException for an option the experiment does not take or a value out of bounds
     */
    public static ExperimentSettings resolve(Experiment experiment, long seed, Map<String, Long> given) {
        Map<String, Long> sizes = new TreeMap<>();
        for (SizeOption option : experiment.sizeOptions()) {
            Long value = given.get(option.name());
            sizes.put(option.name(), value == null ? option.defaultValue() : option.check(value));
        }
        for (String name : new TreeMap<>(given).keySet()) {
            if (!sizes.containsKey(name)) {
                throw new ExperimentException(experiment.name() + " does not take --" + name + "; it takes "
                        + optionList(experiment) + " (list them all: faultline experiment)");
            }
        }
        ExperimentSettings settings = new ExperimentSettings(seed, sizes);
        experiment.checkSizes(settings);
        return settings;
    }

    /** The value of a size option; the experiment asks only for options it declared. */
    public long size(String name) {
        Long value = sizes.get(name);
        if (value == null) {
            throw new IllegalStateException("no size option " + name + " in " + sizes.keySet());
        }
        return value;
    }

    public int intSize(String name) {
        return Math.toIntExact(size(name));
    }

    private static String optionList(Experiment experiment) {
        StringBuilder list = new StringBuilder("--seed");
        experiment.sizeOptions().forEach(option -> list.append(", --").append(option.name()));
        return list.toString();
    }
}
