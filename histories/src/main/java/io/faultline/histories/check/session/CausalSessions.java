package io.faultline.histories.check.session;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.CappedAnomalies;
import io.faultline.histories.check.Lines;
import io.faultline.histories.check.register.ReadValidity;
import io.faultline.histories.check.register.RegisterCalls;
import io.faultline.histories.check.register.ValueSource;
import io.faultline.histories.check.register.WriteIndex;
import io.faultline.histories.model.Describe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The four session guarantees together, decided exactly: Terry et al.'s guarantees in their strong form (a write
 * a session has seen, and everything before it, stays visible to everyone who sees what the session wrote next),
 * which together are causal consistency with one arbitration order per key (CCv in Bouajjani, Enea, Guerraoui and
 * Hamza, "On verifying causal consistency", POPL 2017). A history satisfies them when some total order of each
 * key's versions (the initial value first) puts, before every write and before the version every read returned,
 * all the other writes of the key in its causal past (session order and reads-from, closed transitively).
 *
 * <p>With unique values per key this is decidable in polynomial time (ibid.): one pass in causal order keeps each
 * session's causal past as a vector ({@link CausalPast}), every write and read adds "the last write of each
 * session in my past comes before me" ({@link ArbitrationConstraints}; earlier writes of a session come before its
 * later ones by the same rule), and the history is valid exactly when no key's constraints form a cycle, no read
 * returns the initial value with a write of the key in its past, and reads-from never closes a causal loop.
 * Reads of values written more than once are left out, which only drops constraints: the verdict is then UNKNOWN
 * unless a violation is found among the rest. Unknown writes take part like any write: one that nobody observed
 * constrains nothing, since it is its session's last call.
 */
final class CausalSessions {
    static final String CYCLIC_VERSIONS = "cyclic-versions";
    static final String CAUSAL_CYCLE = "causal-cycle";
    private static final int POLL_EVERY = 1024;
    private static final long BYTES_PER_CONSTRAINT = 96;
    private static final long BYTES_PER_PAST_ENTRY = 64;

    /** What the pass found. */
    record Outcome(CappedAnomalies violations, int observations, int ambiguous, String stoppedBy) {
        boolean finished() {
            return stoppedBy == null;
        }
    }

    private final WriteIndex index;
    private final Versions versions;
    private final CausalOrder order;
    private final Map<Long, CausalPast> pasts = new HashMap<>();
    private final Map<Object, ArbitrationConstraints> constraints = new HashMap<>();
    private final CausalPast.Snapshot[] snapshots;
    private final CappedAnomalies violations = new CappedAnomalies();
    private int observations;
    private int ambiguous;

    CausalSessions(History history, WriteIndex index, Versions versions) {
        this.index = index;
        this.versions = versions;
        this.order = CausalOrder.of(history, index);
        this.snapshots = new CausalPast.Snapshot[history.calls().size()];
    }

    Outcome run(long deadlineNanos, long memoryBytes) {
        List<Call> sorted = order.topological();
        for (int i = 0; i < sorted.size(); i++) {
            if (i % POLL_EVERY == 0) {
                String stop = overBudget(deadlineNanos, memoryBytes);
                if (stop != null) {
                    return new Outcome(violations, observations, ambiguous, stop);
                }
            }
            step(sorted.get(i));
        }
        if (sorted.size() < order.size()) {
            violations.add(causalCycle(order.cycle()));
        }
        constraints.forEach((key, c) -> {
            List<ArbitrationConstraints.Precedence> cycle = c.cycle();
            if (!cycle.isEmpty()) {
                violations.add(cyclicVersions(key, cycle));
            }
        });
        return new Outcome(violations, observations, ambiguous, null);
    }

    private void step(Call c) {
        Object key = RegisterCalls.key(c);
        CausalPast past = pasts.computeIfAbsent(c.process(), p -> new CausalPast());
        if (order.observes(c)) {
            observe(c, key, past);
        }
        if (order.isWrite(c)) {
            precedeByPast(key, past, versions.node(c), c, false);
            snapshots[c.id()] = past.snapshot();
            past.add(key, c, order.position(c), this::inPastOf);
        }
    }

    private void observe(Call read, Object key, CausalPast past) {
        ValueSource source = index.source(key, RegisterCalls.observedValue(read));
        switch (source) {
            case ValueSource.Ambiguous a -> ambiguous++;
            case ValueSource.Initial i -> {
                observations++;
                Call newer = anyWriteIn(past, key);
                if (newer != null) {
                    violations.add(initialAfterWrite(read, newer));
                }
            }
            case ValueSource.Written w when w.write() == read -> { } // a cas that saw its own value: impossible,
            // and only the linearizability check can say so without the write's past, which does not exist yet
            case ValueSource.Written w -> {
                observations++;
                precedeByPast(key, past, versions.node(w.write()), read, true);
                past.merge(snapshots[w.write().id()], this::inPastOf, order::position);
                past.add(key, w.write(), order.position(w.write()), this::inPastOf);
            }
            default -> {
                if (read.isUnknown()) { // a cas that took effect, so it found its expected value: impossible here
                    violations.add(new Anomaly(ReadValidity.UNWRITTEN, call(read) + " took effect (its value was"
                            + " read), so it found " + Describe.value(RegisterCalls.observedValue(read))
                            + ", a value no operation that may have happened wrote", Lines.of(read)));
                }
            } // an ok call's impossible value is ReadValidity's to report
        }
    }

    /**
     * Every other write of {@code key} in {@code past} must come before version {@code target}: edges from the
     * past's frontier, since every other write of the past is already ordered before a frontier write.
     */
    private void precedeByPast(Object key, CausalPast past, int target, Call cause, boolean asRead) {
        ArbitrationConstraints c = constraints.computeIfAbsent(key,
                k -> new ArbitrationConstraints(versions.graph(k).writes()));
        for (Call latest : past.frontier(key)) {
            int v = versions.node(latest);
            if (v != target) {
                c.require(v, target, cause, latest, asRead);
            }
        }
    }

    /** Whether write {@code x} is in the causal past of write {@code y}, which has been processed. */
    private boolean inPastOf(Call x, Call y) {
        CausalPast.Snapshot past = snapshots[y.id()];
        Integer last = past == null ? null : past.lastOf(RegisterCalls.key(y), x.process());
        return last != null && last >= order.position(x);
    }

    private Call anyWriteIn(CausalPast past, Object key) {
        for (Map.Entry<Long, Integer> e : past.prefixes(key).entrySet()) {
            return order.writeAt(key, e.getKey(), e.getValue());
        }
        return null;
    }

    private String overBudget(long deadlineNanos, long memoryBytes) {
        if (System.nanoTime() - deadlineNanos > 0) {
            return "the time limit";
        }
        long entries = 0;
        for (CausalPast p : pasts.values()) {
            entries += p.entries();
        }
        long edges = constraints.values().stream().mapToLong(ArbitrationConstraints::size).sum();
        long bytes = edges * BYTES_PER_CONSTRAINT + entries * BYTES_PER_PAST_ENTRY * 2;
        return bytes > memoryBytes ? "the memory ceiling" : null;
    }

    private static Anomaly initialAfterWrite(Call read, Call write) {
        return new Anomaly(CYCLIC_VERSIONS, "process " + read.process() + ": " + call(read)
                + " returned the initial value, though " + call(write) + " was in its causal past",
                Lines.of(write, read));
    }

    private static Anomaly causalCycle(List<Call> loop) {
        List<String> steps = loop.stream().map(CausalSessions::call).toList();
        return new Anomaly(CAUSAL_CYCLE, "a causal loop: each call happened before the next, and the last"
                + " before the first (a read returned a write that depended on the read): "
                + String.join(" → ", steps), Lines.of(loop));
    }

    private static Anomaly cyclicVersions(Object key, List<ArbitrationConstraints.Precedence> cycle) {
        List<String> steps = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        for (ArbitrationConstraints.Precedence p : cycle) {
            steps.add(call(p.earlier()) + " is in the causal past of " + call(p.cause()) + ", so it precedes "
                    + (p.asRead() ? "the version that returned" : "what that wrote"));
            calls.add(p.earlier());
            calls.add(p.cause());
        }
        String name = History.NO_KEY.equals(key) ? "the register" : "key " + key;
        return new Anomaly(CYCLIC_VERSIONS, "no order of " + name + "'s versions keeps every write behind the"
                + " writes in its causal past: " + String.join("; ", steps) + "; which closes a cycle",
                Lines.of(calls.stream().distinct().toList()));
    }

    private static String call(Call c) {
        return Describe.call(c) + " (" + Lines.op(c) + ", process " + c.process() + ")";
    }
}
