package io.faultline.histories.check.weak;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Histories of a correct, linearizable multi-key register store (read, write, cas), generated from a seed: each
 * call takes effect at one instant between its invocation and its completion. Crashed calls end in {@code info}
 * and retire their process; a crashed write may take effect before, or long after, its {@code info} line, or
 * never. Every key gets a final read at the end. Written values are unique per key.
 */
final class SimulatedStore {
    private final Random random;
    private final List<Object> keys = new ArrayList<>();
    private final Map<Object, Long> state = new HashMap<>();
    private final Map<Object, Long> lastValue = new HashMap<>();
    private final List<Op> ops = new ArrayList<>();
    private final List<Pending> zombies = new ArrayList<>();
    private final double crashRate;
    private long nextProcess;

    private static final class Pending {
        final long process;
        final String f;
        final Object key;
        final Object input;
        boolean applied;
        Object result;
        boolean swapped = true;

        Pending(long process, String f, Object key, Object input) {
            this.process = process;
            this.f = f;
            this.key = key;
            this.input = input;
        }
    }

    private SimulatedStore(long seed, int keyCount, double crashRate) {
        this.random = new Random(seed);
        this.crashRate = crashRate;
        for (int k = 0; k < keyCount; k++) {
            keys.add(keyCount == 1 ? null : "k" + k);
        }
    }

    /** {@code calls} calls by {@code workers} concurrent workers on {@code keyCount} keys, then final reads. */
    static List<Op> concurrent(long seed, int calls, int workers, int keyCount, double crashRate) {
        SimulatedStore s = new SimulatedStore(seed, keyCount, crashRate);
        s.runConcurrently(calls, workers);
        return s.finish();
    }

    /** The same store driven one call at a time: no two calls overlap (crashed writes land at once or never). */
    static List<Op> sequential(long seed, int calls, int workers, int keyCount, double crashRate) {
        SimulatedStore s = new SimulatedStore(seed, keyCount, crashRate);
        long[] process = new long[workers];
        for (int w = 0; w < workers; w++) {
            process[w] = s.nextProcess++;
        }
        for (int i = 0; i < calls; i++) {
            int w = s.random.nextInt(workers);
            Pending p = s.invoke(process[w]);
            if (s.random.nextInt(8) > 0) {
                s.apply(p); // else it crashes before taking effect, or takes effect as it completes
            }
            if (!s.complete(p)) {
                process[w] = s.nextProcess++;
            }
        }
        s.zombies.clear();
        return s.finish();
    }

    static History build(List<Op> ops) {
        return History.of(ops);
    }

    private void runConcurrently(int calls, int workers) {
        Pending[] pending = new Pending[workers];
        long[] process = new long[workers];
        for (int w = 0; w < workers; w++) {
            process[w] = nextProcess++;
        }
        int invoked = 0;
        while (invoked < calls || Arrays.stream(pending).anyMatch(Objects::nonNull)) {
            landAZombieSometimes();
            int w = random.nextInt(workers);
            if (pending[w] == null && invoked < calls) {
                pending[w] = invoke(process[w]);
                invoked++;
            } else if (pending[w] != null && !pending[w].applied && random.nextInt(3) > 0) {
                apply(pending[w]);
            } else if (pending[w] != null) {
                if (!complete(pending[w])) {
                    process[w] = nextProcess++;
                }
                pending[w] = null;
            }
        }
    }

    private Pending invoke(long process) {
        Object key = keys.get(random.nextInt(keys.size()));
        int roll = random.nextInt(20);
        String f = roll < 10 ? "read" : roll < 17 ? "write" : "cas";
        Object input = switch (f) {
            case "write" -> fresh(key);
            case "cas" -> Arrays.asList(random.nextInt(4) > 0 ? state.get(key) : lastValue.get(key), fresh(key));
            default -> null;
        };
        Pending p = new Pending(process, f, key, input);
        ops.add(Op.invoke(process, f, key, input));
        return p;
    }

    private Long fresh(Object key) {
        long v = lastValue.merge(key, 1L, Long::sum);
        return v;
    }

    private void apply(Pending p) {
        p.applied = true;
        switch (p.f) {
            case "read" -> p.result = state.get(p.key);
            case "write" -> state.put(p.key, (Long) p.input);
            default -> {
                List<?> pair = (List<?>) p.input;
                p.swapped = Objects.equals(state.get(p.key), pair.get(0));
                if (p.swapped) {
                    state.put(p.key, (Long) pair.get(1));
                }
            }
        }
    }

    /** Completes a call: ok, fail or (crash) info. Returns false when the process crashed and retires. */
    private boolean complete(Pending p) {
        if (random.nextDouble() < crashRate) {
            if (!p.applied && !p.f.equals("read")) {
                zombies.add(p);
            }
            ops.add(Op.info(p.process, p.f, p.key, p.input, "timeout"));
            return false;
        }
        if (!p.applied) {
            apply(p);
        }
        if (p.f.equals("cas") && !p.swapped) {
            ops.add(Op.fail(p.process, p.f, p.key, p.input, "precondition-failed"));
        } else {
            ops.add(Op.ok(p.process, p.f, p.key, p.f.equals("read") ? p.result : p.input));
        }
        return true;
    }

    private void landAZombieSometimes() {
        if (!zombies.isEmpty() && random.nextInt(10) == 0) {
            apply(zombies.remove(random.nextInt(zombies.size())));
        }
    }

    private List<Op> finish() {
        ops.add(new Op(-1, -1, OpType.INFO, Op.NEMESIS, Op.FINAL_READS, null, null, null, null));
        for (Object key : keys) {
            landAZombieSometimes();
            long p = nextProcess++;
            ops.add(Op.invoke(p, "read", key, null));
            ops.add(Op.ok(p, "read", key, state.get(key)));
        }
        return ops;
    }
}
