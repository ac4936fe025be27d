package io.faultline.runtime;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the runner tells a runtime about the run it is for.
 *
 * @param seed the run's seed; a runtime that makes random choices (the simulator) derives them all from it
 * @param log  where the runtime writes its trace, one line per call (faults, node logs, dropped messages); the
 *             runner stores it under {@code logs/}. Called only on the cluster's event loop.
 */
public record RuntimeSettings(long seed, Consumer<String> log) {

    private static final Consumer<String> NO_LOG = line -> { };

    public RuntimeSettings {
        Objects.requireNonNull(log, "log");
    }

    /** Settings whose trace goes nowhere: for seed sweeps that keep nothing. */
    public static RuntimeSettings quiet(long seed) {
        return new RuntimeSettings(seed, NO_LOG);
    }

    /** Whether nobody reads the trace, so that a runtime can skip building it. */
    public boolean isQuiet() {
        return log == NO_LOG;
    }
}
