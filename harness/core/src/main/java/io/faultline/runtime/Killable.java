package io.faultline.runtime;

/**
 * A cluster whose nodes can crash and come back (Jepsen's {@code db/Kill}): {@code kill -9}, {@code docker kill},
 * or the simulator discarding the node object.
 */
public interface Killable {

    /**
     * Crashes {@code node} at once: its volatile state and every storage write it has not synced are lost,
     * messages to it are dropped until it starts again. Killing a dead node does nothing.
     */
    void kill(String node);

    /**
     * Starts {@code node} again over the storage it synced before its crash; it runs {@code onStart} first.
     * Starting a running node does nothing.
     */
    void start(String node);

    /** Whether {@code node} is running (paused counts as running). */
    boolean isRunning(String node);
}
