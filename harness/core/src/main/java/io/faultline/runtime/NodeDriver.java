package io.faultline.runtime;

/**
 * What a runtime does to one node, and nothing about when: {@code SIGKILL} and a restart, {@code docker pause},
 * the simulator dropping a node object. {@link NodeLifecycle} decides whether a call takes effect and traces it,
 * so a driver is only ever asked for a change that makes sense in the node's current state.
 */
public interface NodeDriver {

    /** Whether the node is up; paused counts as up. A node's program may also end by itself. */
    boolean isRunning();

    /** Whether the node is frozen. Asked only while it {@link #isRunning runs}. */
    boolean isPaused();

    /** Crashes the running node (it may be paused): volatile state and unsynced writes are lost. */
    void kill();

    /** Starts the node that is down, over the storage it synced. */
    void start();

    /** Freezes the running node, which is not paused. */
    void pause();

    /** Thaws the paused node. */
    void resume();
}
