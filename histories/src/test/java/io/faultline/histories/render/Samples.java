package io.faultline.histories.render;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.histories.Outcome;
import io.faultline.histories.check.Counterexample;
import java.util.ArrayList;
import java.util.List;

/** Histories and counterexamples the render tests share, small enough to reason about by eye. */
public final class Samples {
    private Samples() {
    }

    /**
     * A register where p1 reads 1 after write(2) has completed: a stale read. The order write(1), read→1,
     * write(2), read→2 is linearizable; p1's second read cannot follow it. Call ids: 0 p0 write(1), 1 p1 read→1,
     * 2 p2 write(2), 3 p3 cas(1→3) fail, 4 p4 write(4) info, 5 p0 read→2, 6 p1 read→1, 7 p2 write(5),
     * 8 p5 read→5.
     */
    public static History staleReadHistory() {
        return History.of("stale-read.jsonl", List.of(
                Op.invoke(0, "write", null, 1L), Op.invoke(1, "read", null, null),
                Op.ok(0, "write", null, 1L), Op.ok(1, "read", null, 1L),
                Op.invoke(2, "write", null, 2L), Op.invoke(3, "cas", null, List.of(1L, 3L)),
                Op.ok(2, "write", null, 2L), Op.fail(3, "cas", null, List.of(1L, 3L), "precondition-failed"),
                Op.invoke(4, "write", null, 4L), Op.invoke(0, "read", null, null),
                Op.info(4, "write", null, 4L, "timeout"), Op.ok(0, "read", null, 2L),
                Op.invoke(1, "read", null, null), Op.ok(1, "read", null, 1L),
                Op.invoke(2, "write", null, 5L), Op.invoke(5, "read", null, null),
                Op.ok(2, "write", null, 5L), Op.ok(5, "read", null, 5L)));
    }

    public static Counterexample staleRead() {
        return new Counterexample("x", staleReadHistory().calls(), List.of(0, 1, 2, 5), "2", 6, "read() → 1",
                false);
    }

    /** A counterexample whose every user value is hostile markup. */
    public static Counterexample hostile() {
        String evil = "<script>alert(\"x\")</script> & 'quoted'";
        Call write = call(0, 0, "write", evil, null, Outcome.OK, 0, 2);
        Call read = call(1, 1, "read", null, evil, Outcome.OK, 1, 3);
        return new Counterexample(evil, List.of(write, read), List.of(0), evil, 1, evil, false);
    }

    /**
     * {@code n} calls by {@code processes} concurrent workers, each overlapping the next {@code processes - 1}; every
     * 50th call ends in info and its worker continues under a new process id. The order holds the first half; the
     * call after it cannot be placed.
     */
    public static Counterexample big(int n, int processes) {
        List<Call> calls = new ArrayList<>(n);
        long[] processOfWorker = new long[processes];
        for (int w = 0; w < processes; w++) {
            processOfWorker[w] = w;
        }
        for (int i = 0; i < n; i++) {
            int worker = i % processes;
            Outcome outcome = i % 50 == 49 ? Outcome.UNKNOWN : Outcome.OK;
            boolean write = i % 3 == 0;
            Long output = write || outcome == Outcome.UNKNOWN ? null : (long) i - 1;
            calls.add(call(i, processOfWorker[worker], write ? "write" : "read", write ? (long) i : null, output,
                    outcome, 2L * i, 2L * i + 2L * processes - 1));
            if (outcome == Outcome.UNKNOWN) {
                processOfWorker[worker] += processes;
            }
        }
        List<Integer> prefix = new ArrayList<>(n / 2);
        for (int i = 0; i < n / 2; i++) {
            prefix.add(i);
        }
        return new Counterexample("k" + n, calls, prefix, Long.toString(n / 2 - 1), n / 2, null, false);
    }

    static Call call(int id, long process, String f, Object input, Object output, Outcome outcome, long invokeLine,
                     long completeLine) {
        return new Call(id, process, f, null, input, output, outcome, outcome == Outcome.UNKNOWN ? "timeout" : null,
                invokeLine, completeLine, invokeLine, completeLine, "n" + (process % 3 + 1));
    }

    /** Ops of the stale-read history with a partition and a kill of n2 around them, for history timelines. */
    public static History withFaults() {
        List<Op> ops = new ArrayList<>();
        ops.add(nemesis("start-partition", "majority"));
        ops.addAll(staleReadHistory().ops().subList(0, 8));
        ops.add(nemesis("kill", "n2"));
        ops.add(nemesis("stop-partition", null));
        ops.addAll(staleReadHistory().ops().subList(8, 14));
        ops.add(nemesis("start", "n2"));
        ops.add(nemesis("bump-clock", 250L));
        ops.addAll(staleReadHistory().ops().subList(14, 18));
        ops.add(nemesis("pause", "n3"));
        return History.of("faults.jsonl", ops);
    }

    static Op nemesis(String f, Object value) {
        return new Op(-1, -1, OpType.INFO, Op.NEMESIS, f, null, value, null, null);
    }
}
