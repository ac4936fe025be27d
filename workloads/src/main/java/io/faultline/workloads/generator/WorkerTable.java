package io.faultline.workloads.generator;

import io.faultline.histories.Op;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The interpreter's record of each worker: its current process, and what keeps it busy (an outstanding op or
 * a sleep). Slot {@code concurrency} is the nemesis.
 */
final class WorkerTable {
    private static final long AWAKE = -1;

    private final int concurrency;
    private final long[] processes;
    private final Op[] outstanding;
    private final long[] sleepUntilNanos;
    private final Workers all;

    WorkerTable(int concurrency) {
        this.concurrency = concurrency;
        this.processes = IntStream.range(0, concurrency).asLongStream().toArray();
        this.outstanding = new Op[concurrency + 1];
        this.sleepUntilNanos = new long[concurrency + 1];
        Arrays.fill(sleepUntilNanos, AWAKE);
        this.all = Workers.clientsAndNemesis(concurrency);
    }

    /** Every worker: the clients and the nemesis. */
    Workers all() {
        return all;
    }

    /** A snapshot of the current processes, indexed by client worker. */
    long[] processes() {
        return processes.clone();
    }

    Workers free() {
        int[] free = new int[concurrency + 1];
        int n = 0;
        for (int w = Workers.NEMESIS; w < concurrency; w++) {
            if (!isBusy(slot(w))) {
                free[n++] = w;
            }
        }
        return Workers.ofSorted(Arrays.copyOf(free, n));
    }

    int busyCount() {
        int busy = 0;
        for (int s = 0; s <= concurrency; s++) {
            busy += isBusy(s) ? 1 : 0;
        }
        return busy;
    }

    int workerOf(long process) {
        return process == Op.NEMESIS ? Workers.NEMESIS : (int) (process % concurrency);
    }

    /** The worker of {@code process}, which must be a current process with a free worker. */
    int requireFree(long process) {
        int worker = workerOf(process);
        if (process < Op.NEMESIS || (worker != Workers.NEMESIS && processes[worker] != process)) {
            throw new IllegalStateException("the generator emitted an op for process " + process
                    + ", which is not a current process");
        }
        if (isBusy(slot(worker))) {
            throw new IllegalStateException("the generator emitted an op for process " + process
                    + ", whose worker is busy");
        }
        return worker;
    }

    void start(int worker, Op invoke) {
        outstanding[slot(worker)] = invoke;
    }

    void sleep(int worker, long untilNanos) {
        sleepUntilNanos[slot(worker)] = untilNanos;
    }

    /** Ends the outstanding op that {@code completion} completes, and returns its worker. */
    int finish(Op completion) {
        int worker = workerOf(completion.process());
        Op invoke = completion.process() < Op.NEMESIS ? null : outstanding[slot(worker)];
        if (invoke == null || invoke.process() != completion.process()) {
            throw new IllegalArgumentException("no outstanding op of process " + completion.process()
                    + " for the completion " + completion);
        }
        if (!invoke.f().equals(completion.f())) {
            throw new IllegalArgumentException("completion f \"" + completion.f() + "\" does not match the invoke "
                    + invoke);
        }
        outstanding[slot(worker)] = null;
        return worker;
    }

    /** After an info the worker continues under a fresh process; the nemesis keeps its own. */
    void retireProcess(int worker) {
        if (worker != Workers.NEMESIS) {
            processes[worker] += concurrency;
        }
    }

    void wakeSleepers(long nowNanos) {
        for (int s = 0; s <= concurrency; s++) {
            if (sleepUntilNanos[s] != AWAKE && sleepUntilNanos[s] <= nowNanos) {
                sleepUntilNanos[s] = AWAKE;
            }
        }
    }

    /** The earliest time a sleeping worker wakes, or {@link Step#NEVER}. */
    long nextWakeNanos() {
        long earliest = Step.NEVER;
        for (long t : sleepUntilNanos) {
            earliest = t == AWAKE ? earliest : Math.min(earliest, t);
        }
        return earliest;
    }

    private boolean isBusy(int slot) {
        return outstanding[slot] != null || sleepUntilNanos[slot] != AWAKE;
    }

    /** Array slot of a worker: clients at their id, the nemesis last. */
    private int slot(int worker) {
        return worker == Workers.NEMESIS ? concurrency : worker;
    }
}
