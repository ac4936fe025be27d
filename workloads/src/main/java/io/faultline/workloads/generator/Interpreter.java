package io.faultline.workloads.generator;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.random.RandomGenerator;

/**
 * Runs a generator against a set of workers (Jepsen's {@code generator.interpreter}), as pure bookkeeping:
 * no threads, no clock, no I/O. The simulator and the real runtimes drive it the same way:
 * <pre>{@code
 * loop:  switch (interpreter.poll(now)) {
 *          case Invoke i -> { history.write(i.op()); start i.op() on worker i.worker(); }   // poll again
 *          case Wait w   -> sleep until w.untilNanos() or the next completion c, then
 *                           history.write(interpreter.complete(c, now));
 *          case Done d   -> stop;
 *        }
 * }</pre>
 *
 * <p>It owns the generator's state, hands ops to free workers only when their time has come, stamps every
 * history line with its index and time, keeps sleeping workers busy, and assigns processes: worker {@code w}
 * starts as process {@code w}, and after an op of its ends in {@code info} it continues as process
 * {@code w + k·concurrency} (Jepsen's rule: an indeterminate process never invokes again). The nemesis is
 * worker {@link Workers#NEMESIS}, always process {@link Op#NEMESIS}. Not thread-safe: one driver thread.
 */
public final class Interpreter {
    private final WorkerTable workers;
    private final RandomGenerator random;
    private Generator generator;
    private boolean exhausted;
    private long nextIndex;
    private long lastTimeNanos;

    /**
     * @param generator   the whole test's generator
     * @param concurrency the number of client workers
     * @param random      the run's seeded random source, handed to the generator
     */
    public Interpreter(Generator generator, int concurrency, RandomGenerator random) {
        if (concurrency <= 0) {
            throw new IllegalArgumentException("concurrency must be positive, not " + concurrency);
        }
        this.generator = generator;
        this.workers = new WorkerTable(concurrency);
        this.random = random;
    }

    /** The next thing to do at time {@code nowNanos} (clamped so that history time never runs backwards). */
    public Poll poll(long nowNanos) {
        long now = advanceTo(nowNanos);
        workers.wakeSleepers(now);
        while (!exhausted) {
            Step step = generator.next(context(now));
            switch (step) {
                case Step.Exhausted e -> exhausted = true;
                case Step.Pending p -> {
                    return new Poll.Wait(Math.min(p.wakeAtNanos(), workers.nextWakeNanos()));
                }
                case Step.Emit emit -> {
                    if (emit.op().timeNanos() > now) {
                        return new Poll.Wait(Math.min(emit.op().timeNanos(), workers.nextWakeNanos()));
                    }
                    Poll.Invoke invoke = take(emit, now);
                    if (invoke != null) {
                        return invoke;
                    }
                }
            }
        }
        return workers.busyCount() == 0 ? new Poll.Done() : new Poll.Wait(workers.nextWakeNanos());
    }

    /**
     * Records the completion of an outstanding op (ok, fail or info, with the invocation's process and f),
     * stamps it with the next index and {@code nowNanos}, and returns it for the history.
     *
     * @throws IllegalArgumentException if no op of that process is outstanding, or the f differs
     */
    public Op complete(Op completion, long nowNanos) {
        if (!completion.type().isCompletion()) {
            throw new IllegalArgumentException("not a completion: " + completion);
        }
        long now = advanceTo(nowNanos);
        int worker = workers.finish(completion);
        Op stamped = completion.withIndexAndTime(nextIndex++, now);
        if (stamped.type() == OpType.INFO) {
            workers.retireProcess(worker);
        }
        generator = generator.update(context(now), new GenEvent(worker, stamped));
        return stamped;
    }

    /** The number of ops (sleeps included) that have started and not completed. */
    public int outstanding() {
        return workers.busyCount();
    }

    /** The worker that runs {@code process} (for binding workers to nodes). */
    public int workerOf(long process) {
        return workers.workerOf(process);
    }

    private Poll.Invoke take(Step.Emit emit, long now) {
        Invocation inv = emit.op();
        int worker = workers.requireFree(inv.process());
        generator = emit.next();
        if (inv.isSleep()) {
            workers.sleep(worker, now + (Long) inv.spec().value());
            return null;
        }
        Op op = new Op(nextIndex++, now, OpType.INVOKE, inv.process(), inv.spec().f(), inv.spec().key(),
                inv.spec().value(), null, null);
        workers.start(worker, op);
        generator = generator.update(context(now), new GenEvent(worker, op));
        return new Poll.Invoke(worker, op);
    }

    private GenContext context(long now) {
        return GenContext.of(now, workers.all(), workers.free(), workers.processes(), random);
    }

    private long advanceTo(long nowNanos) {
        lastTimeNanos = Math.max(lastTimeNanos, nowNanos);
        return lastTimeNanos;
    }
}
