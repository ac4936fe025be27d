package io.faultline.runtime;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the runner tells a runtime about the run it is for.
 *
 * @param seed   the run's seed; a runtime that makes random choices (the simulator) derives them all from it
 * @param log    where the runtime writes its trace, one line per call (faults, node logs, dropped messages); the
 *               runner stores it under {@code logs/}. Called only on the cluster's event loop.
 * @param runDir the run's directory in the store ({@code store/<test>/<timestamp>/}), where a real runtime keeps
 *               its nodes' data and logs ({@code logs/<node>.log}); {@code null} when the run keeps nothing on
 *               disk, and the runtime then uses a temporary directory it deletes when the cluster closes
 */
public record RuntimeSettings(long seed, Consumer<String> log, Path runDir) {

    private static final Consumer<String> NO_LOG = line -> { };

    public RuntimeSettings {
        Objects.requireNonNull(log, "log");
    }

    /** Settings for a run that keeps no directory of its own. */
    public RuntimeSettings(long seed, Consumer<String> log) {
        this(seed, log, null);
    }

    /** Settings whose trace goes nowhere: for seed sweeps that keep nothing. */
    public static RuntimeSettings quiet(long seed) {
        return new RuntimeSettings(seed, NO_LOG);
    }

    /** Whether nobody reads the trace, so that a runtime can skip building it. */
    public boolean isQuiet() {
        return log == NO_LOG;
    }

    /** {@link #runDir()}, if the run keeps one. */
    public Optional<Path> runDirectory() {
        return Optional.ofNullable(runDir);
    }
}
