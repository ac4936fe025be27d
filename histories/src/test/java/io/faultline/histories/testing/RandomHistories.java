package io.faultline.histories.testing;

import io.faultline.histories.History;
import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Small histories with random outputs from a tiny domain (so some are linearizable and many are not), random
 * outcomes (ok, precondition-failed and other fails, info, no completion) and random overlap.
 */
public final class RandomHistories {
    private static final Object[] DOMAIN = {null, 0L, 1L, 2L};

    private RandomHistories() {
    }

    /** At most {@code calls} calls over {@code processes} processes; {@code fs} names the functions to use. */
    public static History of(long seed, int calls, int processes, List<String> fs, List<Object> keys) {
        Random r = new Random(seed);
        HistoryBuilder h = new HistoryBuilder("random");
        Op[] open = new Op[processes];
        long[] ids = new long[processes];
        for (int p = 0; p < processes; p++) {
            ids[p] = p;
        }
        int invoked = 0;
        for (int step = 0; step < calls * 4; step++) {
            int p = r.nextInt(processes);
            if (open[p] == null && invoked < calls) {
                String f = fs.get(r.nextInt(fs.size()));
                open[p] = Op.invoke(ids[p], f, keys.get(r.nextInt(keys.size())), input(r, f));
                h.add(open[p]);
                invoked++;
            } else if (open[p] != null) {
                Op done = r.nextInt(10) == 0 ? null : completion(r, open[p], fs.contains("add"));
                if (done != null) {
                    h.add(done);
                }
                if (done == null || done.type() == OpType.INFO) {
                    ids[p] += 100;   // abandoned or crashed: the worker goes on as a new process
                }
                open[p] = null;
            }
        }
        return h.build();
    }

    private static Object input(Random r, String f) {
        return switch (f) {
            case "write", "add", "append" -> pick(r);
            case "cas" -> Arrays.asList(pick(r), pick(r));
            default -> null;
        };
    }

    private static Object pick(Random r) {
        return DOMAIN[1 + r.nextInt(DOMAIN.length - 1)];
    }

    private static Op completion(Random r, Op invoke, boolean setReads) {
        long p = invoke.process();
        String f = invoke.f();
        int dice = r.nextInt(10);
        if (dice == 0) {
            return Op.info(p, f, invoke.key(), invoke.value(), "timeout");
        }
        if (dice == 1) {
            return Op.fail(p, f, invoke.key(), invoke.value(), r.nextBoolean() ? "precondition-failed" : "down");
        }
        Object out = switch (f) {
            case "read" -> setReads ? readOfSet(r) : DOMAIN[r.nextInt(DOMAIN.length)];
            default -> invoke.value();
        };
        return Op.ok(p, f, invoke.key(), out);
    }

    /** A random subset of the non-nil domain. */
    private static Object readOfSet(Random r) {
        List<Object> subset = new ArrayList<>();
        for (int i = 1; i < DOMAIN.length; i++) {
            if (r.nextBoolean()) {
                subset.add(DOMAIN[i]);
            }
        }
        return subset;
    }
}
