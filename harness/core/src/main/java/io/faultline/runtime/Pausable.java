package io.faultline.runtime;

/**
 * A cluster whose nodes can be frozen ({@code SIGSTOP}, {@code docker pause}) and thawed (Jepsen's
 * {@code db/Pause}). A paused node keeps its state and handles nothing; messages and timers due meanwhile wait
 * and reach it, in order, when it resumes, as a stopped process finds its socket buffers and overdue timers.
 */
public interface Pausable {

    /** Freezes {@code node}. Pausing a paused or dead node does nothing. */
    void pause(String node);

    /** Thaws {@code node}; everything that queued up is handled now. Resuming a running node does nothing. */
    void resume(String node);

    /** Whether {@code node} is paused. */
    boolean isPaused(String node);
}
