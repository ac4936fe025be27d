package io.faultline.runtime;

import java.util.function.Consumer;

/**
 * One node's lives as {@link Killable} and {@link Pausable} promise them, written once for every runtime: a call
 * that changes nothing (killing a dead node, resuming a running one) does nothing, and every call that does
 * change something is traced, before it acts, in one format: {@code kill n1}, {@code start n1},
 * {@code pause n1}, {@code resume n1}. How a change is made is the runtime's {@link NodeDriver}.
 */
public final class NodeLifecycle {

    private final String node;
    private final NodeDriver driver;
    private final Consumer<String> faults;

    /** @param faults where the trace lines go: the runtime's log, which stamps them its own way */
    public NodeLifecycle(String node, NodeDriver driver, Consumer<String> faults) {
        this.node = node;
        this.driver = driver;
        this.faults = faults;
    }

    public void kill() {
        if (driver.isRunning()) {
            trace("kill");
            driver.kill();
        }
    }

    public void start() {
        if (!driver.isRunning()) {
            trace("start");
            driver.start();
        }
    }

    public void pause() {
        if (driver.isRunning() && !driver.isPaused()) {
            trace("pause");
            driver.pause();
        }
    }

    public void resume() {
        if (isPaused()) {
            trace("resume");
            driver.resume();
        }
    }

    public boolean isRunning() {
        return driver.isRunning();
    }

    /** Paused and still up: a paused node whose program ended is down, not paused. */
    public boolean isPaused() {
        return driver.isRunning() && driver.isPaused();
    }

    private void trace(String action) {
        faults.accept(action + " " + node);
    }
}
