package io.faultline.runtime;

import java.util.List;

/**
 * A cluster whose nodes crash, restart, pause and resume through {@link NodeLifecycles}: it names its nodes'
 * lifecycles and inherits {@link Killable} and {@link Pausable}, so that no runtime re-implements the rules of
 * when a fault takes effect or how it is traced. Every runtime's cluster is one today.
 */
public interface LifecycleCluster extends Cluster, Killable, Pausable {

    /** The nodes' lifecycles; the fault methods below go through them. */
    NodeLifecycles<?> lifecycles();

    @Override
    default List<String> nodes() {
        return lifecycles().ids();
    }

    @Override
    default void kill(String node) {
        lifecycles().of(node).kill();
    }

    @Override
    default void start(String node) {
        lifecycles().of(node).start();
    }

    @Override
    default boolean isRunning(String node) {
        return lifecycles().of(node).isRunning();
    }

    @Override
    default void pause(String node) {
        lifecycles().of(node).pause();
    }

    @Override
    default void resume(String node) {
        lifecycles().of(node).resume();
    }

    @Override
    default boolean isPaused(String node) {
        return lifecycles().of(node).isPaused();
    }
}
