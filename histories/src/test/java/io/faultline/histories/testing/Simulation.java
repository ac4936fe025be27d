package io.faultline.histories.testing;

import io.faultline.histories.History;
import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.Random;

/**
 * Generates histories that are linearizable by construction: concurrent processes invoke operations, each
 * operation takes effect on a real object at one instant between its invocation and completion (its
 * linearization point), and some crash: before taking effect (never happens) or after (happened), ending in
 * {@code info} or with no completion at all. Some fail definitely, without effect. After an {@code info} the
 * worker continues under a new process id, as Jepsen's do.
 */
public final class Simulation {
    private final Workload workload;
    private final Random random;
    private final double crashProbability;

    public Simulation(Workload workload, long seed, double crashProbability) {
        this.workload = workload.reset();
        this.random = new Random(seed);
        this.crashProbability = crashProbability;
    }

    private static final class Worker {
        long process;
        Workload.Invocation pending;
        Workload.Completion result;   // set once the pending op has taken effect
    }

    /** About {@code ops} invocations by {@code processes} concurrent workers. */
    public History run(int processes, int ops) {
        HistoryBuilder history = new HistoryBuilder("simulation");
        Worker[] workers = new Worker[processes];
        for (int p = 0; p < processes; p++) {
            workers[p] = new Worker();
            workers[p].process = p;
        }
        long nextProcess = processes;
        long fresh = 1;
        int invoked = 0;
        while (invoked < ops || anyPending(workers)) {
            Worker w = workers[random.nextInt(processes)];
            if (w.pending == null) {
                if (invoked < ops) {
                    w.pending = workload.next(random, fresh++);
                    history.add(Op.invoke(w.process, w.pending.f(), w.pending.key(), w.pending.value()));
                    invoked++;
                }
            } else if (random.nextDouble() < crashProbability) {
                if (random.nextInt(3) > 0) {   // else the client vanished: the invoke never completes
                    history.add(Op.info(w.process, w.pending.f(), w.pending.key(), w.pending.value(), "crashed"));
                }
                if (random.nextBoolean() && w.result == null) {
                    workload.apply(w.pending);   // the crashed op takes effect now, after all
                }
                w.pending = null;
                w.result = null;
                w.process = nextProcess++;
            } else if (w.result == null) {
                w.result = random.nextDouble() < 0.05 ? unavailable(w.pending) : workload.apply(w.pending);
            } else {
                complete(history, w);
            }
        }
        return history.build();
    }

    /** A definite failure: the op did not happen. */
    private static Workload.Completion unavailable(Workload.Invocation inv) {
        return new Workload.Completion(OpType.FAIL, inv.value(), "unavailable");
    }

    private static void complete(HistoryBuilder history, Worker w) {
        Workload.Completion c = w.result;
        history.add(new Op(-1, -1, c.type(), w.process, w.pending.f(), w.pending.key(), c.value(), null, c.error()));
        w.pending = null;
        w.result = null;
    }

    private static boolean anyPending(Worker[] workers) {
        for (Worker w : workers) {
            if (w.pending != null) {
                return true;
            }
        }
        return false;
    }
}
