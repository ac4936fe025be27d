package io.faultline.runner;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.nemesis.CombinedNemesis;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.EventLoop;
import io.faultline.workloads.client.Client;
import io.faultline.workloads.generator.Interpreter;
import io.faultline.workloads.generator.Poll;
import io.faultline.workloads.generator.Step;
import java.util.HashSet;
import java.util.Set;

/**
 * Runs the interpreter on the cluster's event loop (Jepsen's {@code run!} loop, single-threaded): poll, start
 * what is due (a client request, or a nemesis fault performed on the spot), and come back when the interpreter
 * says (a time, or the next completion). Every invocation and completion is recorded the moment it happens, at
 * the loop's time, so that in the simulator the history is a function of the seed alone.
 */
final class RunDriver {

    private final Cluster cluster;
    private final EventLoop loop;
    private final Interpreter interpreter;
    private final Client client;
    private final ClientEndpoints endpoints;
    private final CombinedNemesis nemesis;
    private final HistoryRecorder history;
    // times at which a poll is already scheduled; looked up, never iterated
    private final Set<Long> wakeups = new HashSet<>();
    private boolean done;

    RunDriver(Cluster cluster, Interpreter interpreter, Client client, ClientEndpoints endpoints,
              CombinedNemesis nemesis, HistoryRecorder history) {
        this.cluster = cluster;
        this.loop = cluster.loop();
        this.interpreter = interpreter;
        this.client = client;
        this.endpoints = endpoints;
        this.nemesis = nemesis;
        this.history = history;
    }

    /**
     * Runs the generator to its end, or until the loop's time reaches {@code deadlineNanos}.
     *
     * @return whether every op was handed out and completed before the deadline
     */
    boolean run(long deadlineNanos) {
        wakeAt(loop.now());
        return loop.runUntil(() -> done, deadlineNanos);
    }

    private void poll() {
        while (!done) {
            switch (interpreter.poll(loop.now())) {
                case Poll.Invoke invoke -> start(invoke.op());
                case Poll.Wait wait -> {
                    // a wait for "now" would poll again at once and get the same answer: go one tick later
                    wakeAt(Math.max(wait.untilNanos(), loop.now() + 1));
                    return;
                }
                case Poll.Done finished -> done = true;
            }
        }
    }

    private void start(Op invoke) {
        if (invoke.isNemesis()) {
            performFault(invoke);
            return;
        }
        String node = endpoints.nodeFor(invoke.process());
        history.write(invoke.withNode(node));
        client.invoke(invoke, node, endpoints.transportFor(invoke.process()), this::complete);
    }

    /** Completions arrive in client callbacks: record now, poll again on a fresh event rather than re-enter. */
    private void complete(Op completion) {
        history.write(interpreter.complete(completion, loop.now()));
        wakeAt(loop.now());
    }

    /**
     * A fault happens at once, so its invocation and completion are recorded together; both are {@code info}
     * (Jepsen's convention for nemesis ops) and carry what the nemesis did, so that the pair reads as one event.
     */
    private void performFault(Op invoke) {
        String what = invoke.f().equals(Op.FINAL_READS) ? "faults healed; the final reads begin"
                : nemesis.perform(invoke.f(), cluster);
        history.write(new Op(invoke.index(), invoke.time(), OpType.INFO, Op.NEMESIS, invoke.f(), null, what, null,
                null));
        history.write(interpreter.complete(Op.info(Op.NEMESIS, invoke.f(), null, what, null), loop.now()));
    }

    private void wakeAt(long timeNanos) {
        if (timeNanos == Step.NEVER || !wakeups.add(timeNanos)) {
            return;
        }
        loop.schedule(Math.max(timeNanos, loop.now()), () -> {
            wakeups.remove(timeNanos);
            poll();
        });
    }
}
