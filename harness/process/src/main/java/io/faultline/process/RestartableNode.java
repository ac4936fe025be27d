package io.faultline.process;

import io.faultline.realtime.RealTimeLoop;
import io.faultline.runtime.NodeDriver;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How the process runtime crashes, restarts and freezes one node server JVM. A restart returns at once and the
 * JVM comes up meanwhile, as after a real reboot, so the event loop never waits for it; a restart that fails is
 * told to the trace, unless the cluster is closing and the failure is its own doing.
 */
final class RestartableNode implements NodeDriver {

    private final NodeProcess process;
    private final Wiring wiring;
    private final RealTimeLoop loop;
    private final Consumer<String> log;
    private final BooleanSupplier closed;

    RestartableNode(NodeProcess process, Wiring wiring, RealTimeLoop loop, Consumer<String> log,
                    BooleanSupplier closed) {
        this.process = process;
        this.wiring = wiring;
        this.loop = loop;
        this.log = log;
        this.closed = closed;
    }

    NodeProcess process() {
        return process;
    }

    @Override
    public boolean isRunning() {
        return process.isRunning();
    }

    @Override
    public boolean isPaused() {
        return process.isPaused();
    }

    @Override
    public void kill() {
        process.kill();
    }

    @Override
    public void start() {
        process.startOrMove(wiring, loop::post, log).whenComplete((ready, failure) -> {
            if (failure != null && !closed.getAsBoolean()) {
                loop.post(() -> log.accept(NodeProcess.unwrap(failure).getMessage()));
            }
        });
    }

    @Override
    public void pause() {
        process.pause();
    }

    @Override
    public void resume() {
        process.resume();
    }
}
