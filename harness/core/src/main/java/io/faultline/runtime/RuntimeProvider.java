package io.faultline.runtime;

/**
 * A runtime as the registry knows it: a name users type and a way to build one for a run. Listed in
 * {@code META-INF/services/io.faultline.runtime.RuntimeProvider}, so adding a runtime ({@code process},
 * {@code docker}, a Kubernetes one) is one class and one line, and never edits the runner.
 */
public interface RuntimeProvider {

    /** The name users type after {@code --runtime}: {@code sim}, {@code process}, {@code docker}. */
    String name();

    /** One line for {@code --help} and error messages. */
    String description();

    /**
     * The clock this runtime's times are on; the runner records it in {@code test.json}. The wall clock unless the
     * runtime says otherwise: every runtime of real processes is on it, only a simulation is not.
     */
    default Clock clock() {
        return Clock.WALL;
    }

    /**
     * Whether this runtime runs a program the user names ({@code --bin}, {@link RuntimeSettings#bin()}) rather than
     * Faultline's own systems. The runner refuses {@code --bin} for runtimes that do not.
     */
    default boolean runsPrograms() {
        return false;
    }

    /** A runtime for one run: its randomness derives from the settings' seed, its trace goes to their log. */
    Runtime create(RuntimeSettings settings);
}
