package io.faultline.workloads;

import static io.faultline.workloads.generator.Generators.onNemesis;
import static io.faultline.workloads.generator.Generators.op;
import static io.faultline.workloads.generator.Generators.phases;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.workloads.client.Client;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.Interpreter;
import io.faultline.workloads.generator.Poll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Drives a workload end to end in virtual time, the way the runner will: the Interpreter hands out ops, the
 * workload's client sends them through a transport, and completions arrive after a random latency (so ops
 * overlap). Returns the history.
 */
public final class WorkloadRun {
    private record Arrival(long atNanos, long seq, Op completion) {
    }

    private final SplittableRandom random;
    private final Interpreter interpreter;
    private final Client client;
    private final ClientTransport transport;
    private final PriorityQueue<Arrival> arrivals = new PriorityQueue<>((a, b) -> a.atNanos != b.atNanos
            ? Long.compare(a.atNanos, b.atNanos) : Long.compare(a.seq, b.seq));
    private final List<Op> history = new ArrayList<>();
    private long now;
    private long seq;

    private WorkloadRun(Generator gen, WorkloadOptions options, Client client, ClientTransport transport, long seed) {
        this.random = new SplittableRandom(seed);
        this.interpreter = new Interpreter(gen, options.concurrency(), random);
        this.client = client;
        this.transport = transport;
    }

    /** The workload's main phase for {@code duration}, then the final-reads line and its final reads. */
    public static History run(Workload w, WorkloadOptions options, Duration duration, ClientTransport transport, long seed) {
        Generator gen = phases(w.generator(options).timeLimit(duration), onNemesis(op(Op.FINAL_READS, null, null)),
                w.finalGenerator(options));
        WorkloadRun run = new WorkloadRun(gen, options, w.client(options), transport, seed);
        run.loop();
        return History.of(w.name(), run.history);
    }

    private void loop() {
        while (true) {
            switch (interpreter.poll(now)) {
                case Poll.Invoke invoke -> start(invoke);
                case Poll.Done done -> {
                    return;
                }
                case Poll.Wait wait -> deliverOrAdvance(wait.untilNanos());
            }
        }
    }

    private void start(Poll.Invoke invoke) {
        history.add(invoke.op());
        if (invoke.op().isNemesis()) { // the runner's marker line: done at once, as the runner records faults
            history.add(interpreter.complete(Op.info(Op.NEMESIS, invoke.op().f(), null, null, null), now));
            return;
        }
        long latency = 1_000_000 + random.nextLong(4_000_000);
        client.invoke(invoke.op(), "n" + invoke.worker() % 3, transport,
                completion -> arrivals.add(new Arrival(now + latency, seq++, completion)));
    }

    private void deliverOrAdvance(long untilNanos) {
        Arrival next = arrivals.peek();
        if (next == null || next.atNanos > untilNanos) {
            now = untilNanos;
            return;
        }
        arrivals.poll();
        now = Math.max(now, next.atNanos);
        history.add(interpreter.complete(next.completion, now));
    }
}
