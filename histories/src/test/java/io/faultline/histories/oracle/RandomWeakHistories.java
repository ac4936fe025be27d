package io.faultline.histories.oracle;

import io.faultline.histories.History;
import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Tiny random histories for the differential tests of the weaker checks: a few processes, one or two keys,
 * writes of (mostly) unique values, reads that return anything the history wrote (also values written later,
 * which sessions allow and real time does not), the initial value, nil, or now and then a value nobody wrote;
 * outcomes ok, fail (a cas's fail is usually its precondition), info, or none at all; and sometimes a nemesis
 * line followed by a final-read phase. Crashed processes continue under a new id, as Jepsen's workers do.
 *
 * @param seed       the randomness
 * @param calls      how many calls before the final reads, at most
 * @param processes  concurrent workers
 * @param keys       keys (1 = a single register without a key)
 * @param initial    the initial value the model uses (null or 0)
 * @param repeats    probability that a write reuses an earlier value (values written more than once)
 * @param cas        whether to use cas besides read and write
 * @param delete     whether to use delete too
 */
public record RandomWeakHistories(long seed, int calls, int processes, int keys, Object initial, double repeats,
                                  boolean cas, boolean delete) {
    private static final long UNWRITTEN = 99;

    private record Planned(String f, Object key, Object value) {
    }

    public History registers() {
        Random r = new Random(seed);
        List<Planned> plan = new ArrayList<>();
        List<Object> written = new ArrayList<>();
        long fresh = 1;
        for (int i = 0; i < calls; i++) {
            Object key = keys == 1 ? null : "k" + r.nextInt(keys);
            int dice = r.nextInt(delete ? 10 : cas ? 9 : 6);
            if (dice < 3) {
                plan.add(new Planned("read", key, null));
            } else if (dice < 6) {
                Object v = !written.isEmpty() && r.nextDouble() < repeats ? pick(r, written) : (Object) fresh++;
                written.add(v);
                plan.add(new Planned("write", key, v));
            } else if (dice < 9) {
                Object expected = r.nextInt(4) == 0 || written.isEmpty() ? initial : pick(r, written);
                Object v = fresh++;
                written.add(v);
                plan.add(new Planned("cas", key, Arrays.asList(expected, v)));
            } else {
                plan.add(new Planned("delete", key, null));
            }
        }
        List<Object> readable = new ArrayList<>(written);
        readable.add(initial);
        readable.add(null);
        return interleave(r, plan, readable, finalReads(r, plan), false);
    }

    public History set() {
        Random r = new Random(seed);
        List<Planned> plan = new ArrayList<>();
        List<Object> added = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            if (r.nextInt(2) == 0) {
                plan.add(new Planned("read", null, null));
            } else {
                long e = added.size() + 1;
                added.add(e);
                plan.add(new Planned("add", null, e));
            }
        }
        return interleave(r, plan, added, finalReads(r, plan), true);
    }

    /** The reads of a final-read phase, or none (then the history has no nemesis line either). */
    private List<Planned> finalReads(Random r, List<Planned> plan) {
        List<Planned> reads = new ArrayList<>();
        if (r.nextInt(10) < 7) {
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                Object key = keys == 1 ? null : "k" + r.nextInt(keys);
                reads.add(new Planned("read", key, null));
            }
        }
        return reads;
    }

    private History interleave(Random r, List<Planned> main, List<Object> readable, List<Planned> finals,
                               boolean setReads) {
        HistoryBuilder h = new HistoryBuilder("random-weak");
        Runner run = new Runner(r, h, readable, setReads);
        run.drive(main);
        if (!finals.isEmpty()) {
            h.add(new Op(-1, -1, OpType.INFO, Op.NEMESIS, Op.FINAL_READS, null, null, null, null));
            run.drive(finals);
        }
        return h.build();
    }

    private static Object pick(Random r, List<Object> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** Workers taking planned calls in turn, invoking and completing them in a random interleaving. */
    private final class Runner {
        private final Random r;
        private final HistoryBuilder h;
        private final List<Object> readable;
        private final boolean setReads;
        private final long[] ids = new long[processes];
        private final Op[] open = new Op[processes];
        private final java.util.Map<Object, Object> latest = new java.util.HashMap<>();

        Runner(Random r, HistoryBuilder h, List<Object> readable, boolean setReads) {
            this.r = r;
            this.h = h;
            this.readable = readable;
            this.setReads = setReads;
            for (int p = 0; p < processes; p++) {
                ids[p] = p;
            }
        }

        void drive(List<Planned> calls) {
            int next = 0;
            while (next < calls.size() || anyOpen()) {
                int p = r.nextInt(processes);
                if (open[p] == null && next < calls.size()) {
                    Planned c = calls.get(next++);
                    open[p] = Op.invoke(ids[p], c.f(), c.key(), c.value());
                    h.add(open[p]);
                } else if (open[p] != null) {
                    complete(p);
                }
            }
        }

        private void complete(int p) {
            Op inv = open[p];
            open[p] = null;
            int dice = r.nextInt(20);
            if (dice == 0) {
                ids[p] += 100; // the client vanished: no completion, a new worker
                return;
            }
            if (dice < 3) {
                h.add(Op.info(inv.process(), inv.f(), inv.key(), inv.value(), "timeout"));
                ids[p] += 100;
                return;
            }
            if (dice < 5) {
                String error = inv.f().equals("cas") && r.nextBoolean() ? "precondition-failed" : "unavailable";
                h.add(Op.fail(inv.process(), inv.f(), inv.key(), inv.value(), error));
                return;
            }
            if (inv.f().equals("write") || inv.f().equals("cas")) {
                latest.put(inv.key(), inv.f().equals("cas") ? ((List<?>) inv.value()).get(1) : inv.value());
            }
            boolean plausible = r.nextBoolean() && latest.containsKey(inv.key());
            Object value = !inv.f().equals("read") ? inv.value() : plausible ? latest.get(inv.key()) : readValue();
            h.add(Op.ok(inv.process(), inv.f(), inv.key(), value));
        }

        private Object readValue() {
            if (setReads) {
                List<Object> subset = new ArrayList<>();
                readable.forEach(e -> {
                    if (r.nextInt(3) > 0) {
                        subset.add(e);
                    }
                });
                if (r.nextInt(30) == 0) {
                    subset.add(UNWRITTEN);
                }
                return subset;
            }
            return r.nextInt(40) == 0 ? (Object) UNWRITTEN : pick(r, readable);
        }

        private boolean anyOpen() {
            for (Op o : open) {
                if (o != null) {
                    return true;
                }
            }
            return false;
        }
    }
}
