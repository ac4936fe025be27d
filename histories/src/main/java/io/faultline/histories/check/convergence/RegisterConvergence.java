package io.faultline.histories.check.convergence;

import io.faultline.histories.Call;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.CappedAnomalies;
import io.faultline.histories.check.Lines;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.register.RegisterCalls;
import io.faultline.histories.check.register.ValueSource;
import io.faultline.histories.check.register.WriteIndex;
import io.faultline.histories.model.Describe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Convergence and lost writes of one register key. The final reads must agree, except that a write with an
 * unknown outcome may land while they run: the reads may then move from one value to that write's value, once,
 * never back (a cas with an unknown outcome may land too, whether or not it would have matched: a simplification
 * that can hide a divergence, never invent one). An acknowledged write is lost when a final read returned a value
 * whose write (or the initial value) certainly finished before the lost write began, so no store that orders
 * writes as real time does could have put the lost write first. Values written more than once cannot be told
 * apart, so final reads of such a value leave the key unknown.
 */
final class RegisterConvergence {
    private static final int READS_NAMED = 20;

    private final Object key;
    private final WriteIndex index;
    private final CappedAnomalies out;

    private RegisterConvergence(Object key, WriteIndex index, CappedAnomalies out) {
        this.key = key;
        this.index = index;
        this.out = out;
    }

    static KeyConvergence check(Object key, List<Call> calls, WriteIndex index, FinalReads finalReads,
                                CappedAnomalies out) {
        return new RegisterConvergence(key, index, out).run(finalReads.of(calls, index.writes(key),
                index::informativeRead));
    }

    private KeyConvergence run(List<Call> finals) {
        if (finals.isEmpty()) {
            return result(Verdict.UNKNOWN, 0, "", 0, "no final read: none began after the last write of the key"
                    + " (and the nemesis) had ended");
        }
        for (Call r : finals) {
            Object v = RegisterCalls.observedValue(r);
            if (index.source(key, v) instanceof ValueSource.Ambiguous) {
                return result(Verdict.UNKNOWN, finals.size(), "", 0, "final reads returned " + Describe.value(v)
                        + ", which more than one write wrote: they cannot be told apart");
            }
        }
        Landings.Outcome landed = Landings.order(new ArrayList<>(byValue(finals).values()),
                g -> isUnknownWritesValue(RegisterCalls.observedValue(g.get(0))));
        if (landed instanceof Landings.Outcome.Impossible) {
            out.add(divergence(finals));
            return new KeyConvergence(String.valueOf(key), "register", Verdict.INVALID, finals.size(), "", true, 0,
                    "final reads disagree");
        }
        if (landed instanceof Landings.Outcome.TooMany) {
            return result(Verdict.UNKNOWN, finals.size(), "", 0, "too many unknown writes may have landed during"
                    + " the final reads to tell whether they diverge");
        }
        List<List<Call>> landings = ((Landings.Outcome.Order) landed).groups();
        Object converged = RegisterCalls.observedValue(landings.get(landings.size() - 1).get(0));
        String note = landings.size() > 1 ? "unknown writes landed during the final reads" : "";
        ValueSource source = index.source(key, converged);
        if (source instanceof ValueSource.Unwritten) {
            return result(Verdict.INVALID, finals.size(), Describe.value(converged), 0, "a value nothing wrote");
        }
        int lost = 0;
        for (List<Call> group : landings) {
            Call read = group.get(0);
            lost += reportLost(RegisterCalls.observedValue(read), index.source(key, RegisterCalls.observedValue(read)),
                    read);
        }
        Verdict verdict = lost > 0 || source instanceof ValueSource.Aborted ? Verdict.INVALID : Verdict.VALID;
        return result(verdict, finals.size(), Describe.value(converged), lost, note);
    }

    private static Map<Object, List<Call>> byValue(List<Call> finals) {
        Map<Object, List<Call>> groups = new LinkedHashMap<>();
        finals.forEach(r -> groups.computeIfAbsent(RegisterCalls.observedValue(r), v -> new ArrayList<>()).add(r));
        return groups;
    }


    private boolean isUnknownWritesValue(Object value) {
        return index.source(key, value) instanceof ValueSource.Written w && w.write().isUnknown();
    }

    /** Reports every acknowledged write a final read's value certainly overwrote out of order; returns how many. */
    private int reportLost(Object converged, ValueSource source, Call finalRead) {
        List<Call> producers = switch (source) {
            case ValueSource.Written w -> List.of(w.write());
            case ValueSource.Ambiguous a -> a.writes();
            default -> List.of(); // the initial value, or a failed write's: nothing acknowledged produced it
        };
        int lost = 0;
        for (Call u : index.writes(key)) {
            if (u.isOk() && !producers.contains(u) && producers.stream().allMatch(w -> w.precedes(u))) {
                out.add(lostWrite(u, converged, source, finalRead));
                lost++;
            }
        }
        return lost;
    }

    private Anomaly lostWrite(Call u, Object converged, ValueSource source, Call finalRead) {
        String value = Describe.value(converged);
        String why = switch (source) {
            case ValueSource.Written w -> value + ", written by " + call(w.write()) + ", which finished before it"
                    + " began";
            case ValueSource.Ambiguous a -> value + ", and every write of that value finished before it began";
            case ValueSource.Aborted a -> value + ", the value of " + call(a.failedWrite()) + ", which failed";
            default -> "the initial value " + value;
        };
        List<Call> calls = new ArrayList<>(List.of(u, finalRead));
        if (source instanceof ValueSource.Written w) {
            calls.add(w.write());
        }
        return new Anomaly("lost-write", call(u) + " was acknowledged, but " + keyName() + " converged to " + why
                + " (final " + Lines.op(finalRead) + ")", Lines.of(calls));
    }

    private Anomaly divergence(List<Call> finals) {
        List<String> seen = new ArrayList<>();
        byValue(finals).forEach((v, reads) -> seen.add(reads.size() + " returned " + Describe.value(v)));
        return new Anomaly("divergence", "final reads of " + keyName() + " disagree: " + String.join(", ", seen),
                Lines.of(finals.subList(0, Math.min(READS_NAMED, finals.size()))));
    }

    private KeyConvergence result(Verdict v, int finals, String value, int lost, String note) {
        return new KeyConvergence(String.valueOf(key), "register", v, finals, value, false, lost, note);
    }

    private String keyName() {
        return io.faultline.histories.History.NO_KEY.equals(key) ? "the register" : "key " + key;
    }

    private static String call(Call c) {
        return Describe.call(c) + " (" + Lines.op(c) + ")";
    }
}
