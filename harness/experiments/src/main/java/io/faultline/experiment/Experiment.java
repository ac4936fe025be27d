package io.faultline.experiment;

import java.util.List;

/**
 * A reproduction of a published evaluation, run by {@code faultline experiment NAME}. Found by name through
 * {@link java.util.ServiceLoader} ({@link Experiments}), so adding one is one class plus one registration line.
 *
 * <p>Contract: {@link #run} is deterministic — the same settings give the same {@link ExperimentReport}, byte for
 * byte once written — and reads no wall clock into its results (wall time is measured by the caller). It may
 * print progress lines to {@code progress}, which is all it may write: files are the caller's job.
 */
public interface Experiment {

    /** The name users type, for example {@code chord-path-length}. */
    String name();

    /** One line: what it measures and which figure of which paper it reproduces. */
    String description();

    /** The size options it takes, with defaults and bounds; the caller rejects any other. */
    List<SizeOption> sizeOptions();

    /**
     * Checks how the size options combine (each is already within its bounds), before anything runs.
     *
     * @throws ExperimentException naming the problem and the fix
     */
    default void checkSizes(ExperimentSettings settings) {
    }

    /**
     * Runs the experiment.
     *
     * @param settings the seed and the size options, already checked against {@link #sizeOptions()}
     * @param progress receives a line now and then on long runs; may be {@code line -> { }}
     */
    ExperimentReport run(ExperimentSettings settings, java.util.function.Consumer<String> progress);
}
