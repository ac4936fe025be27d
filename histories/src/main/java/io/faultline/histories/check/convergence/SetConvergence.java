package io.faultline.histories.check.convergence;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.CappedAnomalies;
import io.faultline.histories.check.Lines;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.register.ReadValidity;
import io.faultline.histories.model.Describe;
import io.faultline.histories.model.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Convergence and lost elements of one grow-only set ({@code add(e)}; {@code read} returns every element, as a
 * list or set). Every acknowledged add must be in every final read, or it is lost; final reads must agree,
 * except that elements of adds with unknown outcomes may appear part-way (never disappear again, and in one
 * order that all the reads see). Any read that
 * returns an element nothing added is {@code unwritten-value}; one only failed adds added, {@code aborted-read}.
 */
final class SetConvergence {
    private final Object key;
    private final CappedAnomalies out;
    private final Map<Object, Call> okAdds = new HashMap<>();
    private final Map<Object, Call> unknownAdds = new HashMap<>();
    private final Map<Object, Call> failedAdds = new HashMap<>();
    private final Map<Call, Set<Object>> finalElements = new HashMap<>();

    private SetConvergence(Object key, CappedAnomalies out) {
        this.key = key;
        this.out = out;
    }

    /** Whether the key's calls are a set's: adds and reads only, at least one add. */
    static boolean isSet(List<Call> calls) {
        return calls.stream().anyMatch(c -> "add".equals(c.f()))
                && calls.stream().allMatch(c -> "add".equals(c.f()) || "read".equals(c.f()));
    }

    static KeyConvergence check(Object key, List<Call> calls, FinalReads finalReads, CappedAnomalies out) {
        return new SetConvergence(key, out).run(calls, finalReads);
    }

    private KeyConvergence run(List<Call> calls, FinalReads finalReads) {
        List<Call> adds = calls.stream().filter(c -> "add".equals(c.f())).toList();
        adds.forEach(a -> (a.isOk() ? okAdds : a.isFail() ? failedAdds : unknownAdds)
                .putIfAbsent(Values.canonical(a.input()), a));
        List<Call> reads = calls.stream().filter(c -> c.isOk() && "read".equals(c.f())).toList();
        reads.forEach(this::reportInvalidElements);
        List<Call> finals = finalReads.of(reads, adds, c -> true);
        if (finals.isEmpty()) {
            return new KeyConvergence(String.valueOf(key), "set", Verdict.UNKNOWN, 0, "", false, 0,
                    "no final read: none began after the last add (and the nemesis) had ended");
        }
        finals.forEach(r -> finalElements.put(r, elements(r)));
        boolean diverged = diverged(finals);
        int lost = reportLost(finals);
        String value = finalElements.get(finals.get(finals.size() - 1)).size() + " elements";
        Verdict verdict = diverged || lost > 0 ? Verdict.INVALID : Verdict.VALID;
        return new KeyConvergence(String.valueOf(key), "set", verdict, finals.size(), value, diverged, lost, "");
    }

    private void reportInvalidElements(Call read) {
        Set<Object> unwritten = new LinkedHashSet<>();
        for (Object e : elements(read)) {
            if (!okAdds.containsKey(e) && !unknownAdds.containsKey(e)) {
                Call failed = failedAdds.get(e);
                if (failed != null) {
                    out.add(new Anomaly(ReadValidity.ABORTED, call(read) + " contains " + Describe.value(e)
                            + ", added only by " + call(failed) + ", which failed", Lines.of(read, failed)));
                } else {
                    unwritten.add(e);
                }
            }
        }
        if (!unwritten.isEmpty()) {
            out.add(new Anomaly(ReadValidity.UNWRITTEN, call(read) + " contains elements nothing added: "
                    + Describe.value(List.copyOf(unwritten)), Lines.of(read)));
        }
    }

    /**
     * Whether the final reads disagree beyond unknown adds landing part-way through them. They run against one
     * converged set to which only adds with unknown outcomes may still be added, each once, at some instant: so an
     * acknowledged element is in all of them or in none, and their unknown elements grow along a chain, each read
     * seeing the set as it was at some moment between its invocation and its completion.
     */
    private boolean diverged(List<Call> finals) {
        for (Object e : okAdds.keySet()) {
            Call with = finals.stream().filter(r -> finalElements.get(r).contains(e)).findFirst().orElse(null);
            Call without = finals.stream().filter(r -> !finalElements.get(r).contains(e)).findFirst().orElse(null);
            if (with != null && without != null) {
                out.add(new Anomaly("divergence", "final reads of " + keyName() + " disagree on "
                        + Describe.value(e) + ": " + call(with) + " has it, " + call(without) + " does not",
                        Lines.of(with, without)));
                return true;
            }
        }
        List<List<Call>> chain = chainOfUnknownParts(finals);
        if (chain == null) {
            return true;
        }
        long invokedBy = Long.MIN_VALUE;
        for (int j = 0; j < chain.size(); j++) {
            for (Call r : chain.get(j)) {
                if (j > 0 && r.completeIndex() <= invokedBy) {
                    Call earlier = laterInvoked(chain.subList(0, j));
                    out.add(new Anomaly("divergence", "final reads of " + keyName() + " lost unknown adds: "
                            + call(earlier) + " saw more of them than " + call(r) + ", which began after it ended",
                            Lines.of(earlier, r)));
                    return true;
                }
            }
            invokedBy = Math.max(invokedBy, chain.get(j).stream().mapToLong(Call::invokeIndex).max().orElseThrow());
        }
        return false;
    }

    /** The final reads grouped by which unknown adds they saw, smallest first; null (reported) if no chain. */
    private List<List<Call>> chainOfUnknownParts(List<Call> finals) {
        Map<Set<Object>, List<Call>> groups = new HashMap<>();
        for (Call r : finals) {
            Set<Object> part = new HashSet<>(finalElements.get(r));
            part.retainAll(unknownAdds.keySet());
            groups.computeIfAbsent(part, p -> new ArrayList<>()).add(r);
        }
        List<Set<Object>> parts = new ArrayList<>(groups.keySet());
        parts.sort(Comparator.comparingInt(Set::size));
        for (int i = 1; i < parts.size(); i++) {
            if (!parts.get(i).containsAll(parts.get(i - 1))) {
                Call a = groups.get(parts.get(i - 1)).get(0);
                Call b = groups.get(parts.get(i)).get(0);
                out.add(new Anomaly("divergence", "final reads of " + keyName() + " saw different unknown adds,"
                        + " neither set inside the other: " + call(a) + " and " + call(b), Lines.of(a, b)));
                return null;
            }
        }
        return parts.stream().map(groups::get).toList();
    }

    private static Call laterInvoked(List<List<Call>> groups) {
        return groups.stream().flatMap(List::stream).max(Comparator.comparingLong(Call::invokeIndex)).orElseThrow();
    }

    private int reportLost(List<Call> finals) {
        int lost = 0;
        for (Map.Entry<Object, Call> add : okAdds.entrySet()) {
            Call missing = finals.stream().filter(r -> !finalElements.get(r).contains(add.getKey()))
                    .findFirst().orElse(null);
            if (missing != null) {
                lost++;
                out.add(new Anomaly("lost-write", call(add.getValue()) + " was acknowledged, but the final "
                        + call(missing) + " lacks it", Lines.of(add.getValue(), missing)));
            }
        }
        return lost;
    }

    private static Set<Object> elements(Call read) {
        Set<Object> set = new HashSet<>();
        if (read.output() instanceof Collection<?> c) {
            c.forEach(e -> set.add(Values.canonical(e)));
        }
        return set;
    }


    private String keyName() {
        return History.NO_KEY.equals(key) ? "the set" : "key " + key;
    }

    private static String call(Call c) {
        return Describe.call(c) + " (" + Lines.op(c) + ")";
    }
}
