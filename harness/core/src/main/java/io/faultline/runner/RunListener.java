package io.faultline.runner;

import io.faultline.histories.Op;
import io.faultline.runtime.Clock;

/**
 * Hears a run as it happens, for progress displays. Called on the run's own thread (the cluster's event loop while
 * the history is recorded), so an implementation must be quick and must not block; it can never change the run.
 * Every method has an empty default.
 */
public interface RunListener {

    /** Listens to nothing. */
    RunListener NONE = new RunListener() {
    };

    /** The main phase begins: the loop's time, on {@code clock}, is {@code startNanos}. */
    default void started(TestSpec spec, Clock clock, long startNanos) {
    }

    /** One history line was recorded (invocations, completions and nemesis ops alike). */
    default void recorded(Op op) {
    }

    /** The history is complete; the checkers start. */
    default void checking(int checks) {
    }

    /** The run is over, checked and stored. */
    default void finished(RunResult result) {
    }
}
