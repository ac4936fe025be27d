package io.faultline.workloads.generator;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A tiny deterministic driver for tests: runs an {@link Interpreter} in virtual time, completing every op
 * after a latency with an outcome chosen by a {@link Responder}. Completions that fall at the same time are
 * delivered in the order their ops started.
 */
final class VirtualRun {

    /** How an op ends: after {@code latencyNanos}, with {@code type} and {@code value}. */
    record Response(long latencyNanos, OpType type, Object value) {
        static Response ok(long latencyNanos, Object value) {
            return new Response(latencyNanos, OpType.OK, value);
        }
    }

    /** Decides each op's response. */
    interface Responder extends Function<Op, Response> {
    }

    /** Every op succeeds after {@code latencyNanos}, echoing its value. */
    static Responder okAfter(long latencyNanos) {
        return op -> Response.ok(latencyNanos, op.value());
    }

    private record Pending(long atNanos, long seq, Op completion) {
    }

    private final Interpreter interpreter;
    private final Responder responder;
    private final PriorityQueue<Pending> inFlight = new PriorityQueue<>(
            (a, b) -> a.atNanos != b.atNanos ? Long.compare(a.atNanos, b.atNanos) : Long.compare(a.seq, b.seq));
    private final List<Op> history = new ArrayList<>();
    private long now;
    private long seq;

    private VirtualRun(Generator gen, int concurrency, long seed, Responder responder) {
        this.interpreter = new Interpreter(gen, concurrency, new SplittableRandom(seed));
        this.responder = responder;
    }

    /** Runs {@code gen} to the end (or to {@code maxNanos} of virtual time) and returns the history. */
    static List<Op> run(Generator gen, int concurrency, long seed, Responder responder, long maxNanos) {
        VirtualRun run = new VirtualRun(gen, concurrency, seed, responder);
        run.loop(maxNanos);
        return run.history;
    }

    static List<Op> run(Generator gen, int concurrency, long seed) {
        return run(gen, concurrency, seed, okAfter(1_000_000), Long.MAX_VALUE / 2);
    }

    private void loop(long maxNanos) {
        while (now <= maxNanos) {
            switch (interpreter.poll(now)) {
                case Poll.Invoke invoke -> start(invoke.op());
                case Poll.Done done -> {
                    return;
                }
                case Poll.Wait wait -> advance(wait.untilNanos());
            }
        }
    }

    private void start(Op invoke) {
        history.add(invoke);
        Response r = responder.apply(invoke);
        Op completion = new Op(-1, -1, r.type(), invoke.process(), invoke.f(), invoke.key(), r.value(), null,
                r.type() == OpType.OK ? null : "test");
        inFlight.add(new Pending(now + r.latencyNanos(), seq++, completion));
    }

    private void advance(long untilNanos) {
        Pending next = inFlight.peek();
        if (next != null && next.atNanos <= untilNanos) {
            inFlight.poll();
            now = Math.max(now, next.atNanos);
            history.add(interpreter.complete(next.completion, now));
        } else if (untilNanos == Step.NEVER) {
            throw new IllegalStateException("deadlock: the generator waits but no op is in flight at " + now);
        } else {
            now = untilNanos;
        }
    }
}
