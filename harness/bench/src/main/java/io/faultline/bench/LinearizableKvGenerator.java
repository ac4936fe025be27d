package io.faultline.bench;

import io.faultline.histories.History;
import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.Op;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a key-value history of registers ({@code get}, {@code put}, {@code cas}, as Jepsen's independent
 * register workloads; every key starts as "") that is linearizable by construction: each operation takes effect
 * on a real map at one instant between its invocation and its completion. A cas expects the value its worker
 * last knew, so some fail with {@code precondition-failed}. A fraction of operations crash: they may or may not
 * take effect, and end in {@code info} or never end; the worker then continues under a new process id.
 *
 * <p>Workers move together through groups of ten keys, so each key sees bursts of real concurrency (about
 * {@code processes / 10} overlapping calls) rather than calls that never overlap.
 */
public final class LinearizableKvGenerator {
    private static final int GROUP_KEYS = 10;
    private static final int GROUP_CALLS = 2_000;

    /**
     * @param calls            calls to invoke
     * @param keys             distinct keys (a multiple of ten)
     * @param processes        concurrent workers
     * @param crashProbability fraction of calls that crash
     * @param getPercent       share of gets, in percent; the rest are puts and cas
     * @param casPercent       share of cas, in percent
     * @param seed             the random seed: the same arguments give the same history
     */
    public record Config(int calls, int keys, int processes, double crashProbability, int getPercent,
                         int casPercent, long seed) {
    }

    private final Config config;
    private final SplittableRandom random;
    private final String[] values;
    private final Worker[] workers;
    private long nextProcess;

    private static final class Worker {
        long process;
        String f;
        int key;
        Object input;
        boolean crashes;
        boolean applied;
        Object output;
        String error;
    }

    private LinearizableKvGenerator(Config config) {
        this.config = config;
        random = new SplittableRandom(config.seed());
        values = new String[config.keys()];
        Arrays.fill(values, "");
        workers = new Worker[config.processes()];
        for (int p = 0; p < workers.length; p++) {
            workers[p] = new Worker();
            workers[p].process = nextProcess++;
        }
    }

    public static History generate(Config config) {
        return new LinearizableKvGenerator(config).run();
    }

    private History run() {
        HistoryBuilder history = new HistoryBuilder("generated-kv-" + config.seed());
        int invoked = 0;
        int busy = 0;
        while (invoked < config.calls() || busy > 0) {
            Worker w = workers[random.nextInt(workers.length)];
            if (w.f == null) {
                if (invoked < config.calls()) {
                    invoke(history, w, invoked++);
                    busy++;
                }
            } else if (!w.applied) {
                apply(w);
            } else {
                complete(history, w);
                busy--;
            }
        }
        return history.build();
    }

    private void invoke(HistoryBuilder history, Worker w, int n) {
        int group = (n / GROUP_CALLS) % (config.keys() / GROUP_KEYS);
        w.key = group * GROUP_KEYS + random.nextInt(GROUP_KEYS);
        int dice = random.nextInt(100);
        w.f = dice < config.getPercent() ? "get" : dice < config.getPercent() + config.casPercent() ? "cas" : "put";
        w.input = switch (w.f) {
            case "get" -> null;
            case "put" -> "v" + n;
            default -> List.of(values[w.key], "v" + n);   // the value now: stale if another write wins first
        };
        w.crashes = random.nextDouble() < config.crashProbability();
        history.add(Op.invoke(w.process, w.f, "k" + w.key, w.input));
    }

    /** The linearization point: a crashing call takes effect here, or (half the time) never. */
    private void apply(Worker w) {
        w.applied = true;
        w.output = w.input;
        w.error = null;
        if (w.crashes && random.nextBoolean()) {
            return;
        }
        switch (w.f) {
            case "get" -> w.output = values[w.key];
            case "put" -> values[w.key] = (String) w.input;
            default -> {
                List<?> pair = (List<?>) w.input;
                if (values[w.key].equals(pair.get(0))) {
                    values[w.key] = (String) pair.get(1);
                } else {
                    w.error = "precondition-failed";
                }
            }
        }
    }

    private void complete(HistoryBuilder history, Worker w) {
        String key = "k" + w.key;
        if (w.crashes) {
            if (random.nextInt(10) > 0) {   // else the client vanished: no completion at all
                history.add(Op.info(w.process, w.f, key, w.input, "timeout"));
            }
            w.process = nextProcess++;
        } else if (w.error != null) {
            history.add(Op.fail(w.process, w.f, key, w.input, w.error));
        } else {
            history.add(Op.ok(w.process, w.f, key, w.output));
        }
        w.f = null;
        w.applied = false;
    }
}
