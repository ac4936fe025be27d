package io.faultline.runtime;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the runner tells a runtime about the run it is for.
 *
 * @param seed the run's seed; a runtime that makes random choices (the simulator) derives them all from it
 * @param log  where the runtime writes its trace, one line per call (faults, node logs, dropped messages); the
 *             runner stores it under {@code logs/}. Called only on the cluster's event loop.
 * @param bin  the program to run as each node and its arguments ({@code --bin PATH -- ARGS}), for runtimes that
 *             run programs ({@link RuntimeProvider#runsPrograms()}); empty for the others
 */
public record RuntimeSettings(long seed, Consumer<String> log, List<String> bin) {

    private static final Consumer<String> NO_LOG = line -> { };

    public RuntimeSettings {
        Objects.requireNonNull(log, "log");
        bin = List.copyOf(bin);
    }

    /** Settings for a runtime that hosts Faultline's own systems: no program. */
    public RuntimeSettings(long seed, Consumer<String> log) {
        this(seed, log, List.of());
    }

    /** Settings whose trace goes nowhere: for seed sweeps that keep nothing. */
    public static RuntimeSettings quiet(long seed) {
        return new RuntimeSettings(seed, NO_LOG);
    }

    /** The same settings with the program {@code bin} (path first, then its arguments). */
    public RuntimeSettings withBin(List<String> value) {
        return new RuntimeSettings(seed, log, value);
    }

    /** Whether nobody reads the trace, so that a runtime can skip building it. */
    public boolean isQuiet() {
        return log == NO_LOG;
    }
}
