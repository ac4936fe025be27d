package io.faultline.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the runner tells a runtime about the run it is for.
 *
 * @param seed   the run's seed; a runtime that makes random choices (the simulator) derives them all from it
 * @param log    where the runtime writes its trace, one line per call (faults, node logs, dropped messages); the
 *               runner stores it under {@code logs/}. Called only on the cluster's event loop.
 * @param bin    the program to run as each node and its arguments ({@code --bin PATH -- ARGS}), for runtimes that
 *               run programs ({@link RuntimeProvider#runsPrograms()}); empty for the others
 * @param runDir the run's directory in the store ({@code store/<test>/<timestamp>/}), where a real runtime keeps
 *               its nodes' data and logs ({@code logs/<node>.log}); {@code null} when the run keeps nothing on
 *               disk, and the runtime then uses a temporary directory it deletes when the cluster closes
 */
public record RuntimeSettings(long seed, Consumer<String> log, List<String> bin, Path runDir) {

    private static final Consumer<String> NO_LOG = line -> { };

    public RuntimeSettings {
        Objects.requireNonNull(log, "log");
        bin = List.copyOf(bin);
    }

    /** Settings for a runtime that hosts Faultline's own systems (no program), keeping no directory of its own. */
    public RuntimeSettings(long seed, Consumer<String> log) {
        this(seed, log, List.of(), null);
    }

    /** Settings for a runtime that runs the program {@code bin}, keeping no directory of its own. */
    public RuntimeSettings(long seed, Consumer<String> log, List<String> bin) {
        this(seed, log, bin, null);
    }

    /** Settings whose trace goes nowhere: for seed sweeps that keep nothing. */
    public static RuntimeSettings quiet(long seed) {
        return new RuntimeSettings(seed, NO_LOG);
    }

    /** The same settings with the program {@code bin} (path first, then its arguments). */
    public RuntimeSettings withBin(List<String> value) {
        return new RuntimeSettings(seed, log, value, runDir);
    }

    /** The same settings keeping the run's data and node logs in {@code dir}. */
    public RuntimeSettings withRunDir(Path dir) {
        return new RuntimeSettings(seed, log, bin, dir);
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
