package io.faultline.workloads.generator;

import io.faultline.histories.Op;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * What a generator may know when asked for an op (Jepsen's generator context): the current time, which
 * workers it may use and which of those are free, each worker's current process, and the run's random source.
 *
 * <p>Combinators narrow the context ({@link #restrictTo}) to route ops: {@code onClients}, {@code onNemesis},
 * {@code eachWorker} and {@code independentKeys} each hand their child a context with fewer workers.
 *
 * <p>The random source is the run's one seeded generator, shared by every generator in the tree. Asking a
 * generator twice in the same state may draw different numbers; the run stays deterministic because the
 * interpreter asks in a deterministic order. Never use another source of randomness in a generator.
 */
public final class GenContext {
    private final long timeNanos;
    private final int concurrency;
    private final Workers workers;
    private final Workers free;
    private final long[] processes;
    private final RandomGenerator random;
    private Workers targets;

    private GenContext(long timeNanos, int concurrency, Workers workers, Workers free, long[] processes,
                       RandomGenerator random) {
        this.timeNanos = timeNanos;
        this.concurrency = concurrency;
        this.workers = workers;
        this.free = free;
        this.processes = processes;
        this.random = random;
    }

    /**
     * A context over every client worker and the nemesis.
     *
     * @param processes the current process of each client worker, indexed by worker; not copied, never changed
     */
    public static GenContext of(long timeNanos, Workers free, long[] processes, RandomGenerator random) {
        return of(timeNanos, Workers.clientsAndNemesis(processes.length), free, processes, random);
    }

    /** As above, with every worker's set made once by the caller; {@code free} must be a subset of it. */
    static GenContext of(long timeNanos, Workers all, Workers free, long[] processes, RandomGenerator random) {
        return new GenContext(timeNanos, processes.length, all, free.intersect(all), processes, random);
    }

    /** Now, in nanoseconds since the start of the run (virtual in the simulator). */
    public long timeNanos() {
        return timeNanos;
    }

    public RandomGenerator random() {
        return random;
    }

    /** The number of client workers in the whole run, whatever this context is restricted to. */
    public int concurrency() {
        return concurrency;
    }

    /** The workers this generator may use, busy or free. */
    public Workers workers() {
        return workers;
    }

    public Workers freeWorkers() {
        return free;
    }

    /** Whether every worker of this context is free: the condition {@code synchronize} waits for. */
    public boolean allFree() {
        return free.size() == workers.size();
    }

    /**
     * The workers a plain op goes to: the client workers of this context, or the nemesis when it is all the
     * context has. So a generator reaches the nemesis only through {@code onNemesis}.
     */
    public Workers targetWorkers() {
        if (targets == null) {
            Workers clients = workers.without(Workers.NEMESIS);
            targets = clients.isEmpty() ? workers : clients;
        }
        return targets;
    }

    /** Whether some target worker is free, so that a plain op could be placed now. */
    public boolean hasFreeTarget() {
        return !free.intersect(targetWorkers()).isEmpty();
    }

    /** A random free target worker's process (Jepsen's {@code some-free-process}), or empty when all are busy. */
    public OptionalLong someFreeProcess() {
        Workers candidates = free.intersect(targetWorkers());
        if (candidates.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(processOf(candidates.get(random.nextInt(candidates.size()))));
    }

    public long processOf(int worker) {
        return worker == Workers.NEMESIS ? Op.NEMESIS : processes[worker];
    }

    /** The worker running {@code process} (Jepsen's rule: process = worker + k·concurrency). */
    public int workerOf(long process) {
        return process == Op.NEMESIS ? Workers.NEMESIS : (int) (process % concurrency);
    }

    /** This context seen by a generator that may only use {@code subset}. */
    public GenContext restrictTo(Workers subset) {
        Workers kept = workers.intersect(subset);
        if (kept == workers) {
            return this;
        }
        return new GenContext(timeNanos, concurrency, kept, free.intersect(kept), processes, random);
    }
}
