package io.faultline.histories.oracle;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.model.Model;
import io.faultline.histories.model.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Convergence and lost writes by their definition, by brute force over explanations. The final-read phase is what
 * follows the history's last nemesis line (none: no phase, no answer); a key's final reads are its ok reads invoked
 * after that line and after every write of the key returned (an unknown write at its info line, or its invoke).
 * During the phase the store holds one state, which changes only when a write with an unknown outcome lands
 * (each at most once, at any instant, a cas whether or not it would match), and each final read returns the state
 * at some instant between its invocation and its completion.
 * <ul>
 *   <li>Registers: the final reads diverge when no starting value and no sequence of landings explains them; an
 *       acknowledged write is lost when a final read returned a value whose write (or the initial value)
 *       certainly finished before the lost write began. Values with several sources are not judged.</li>
 *   <li>Sets: the state starts as any set of elements that may have been added; only unknown adds land; an
 *       acknowledged add missing from a final read is lost.</li>
 * </ul>
 * A read of a value (or element) nothing that may have happened wrote is invalid wherever it is.
 */
public final class ConvergenceOracle {
    private final History history;
    private final RegisterFacts facts;
    private final long lastNemesisLine;

    private ConvergenceOracle(Model<?> model, History history) {
        this.history = history;
        this.facts = new RegisterFacts(history, model);
        this.lastNemesisLine = history.nemesisOps().stream().mapToLong(Op::index).max().orElse(-1);
    }

    public static OracleVerdict check(Model<?> model, History history) {
        return new ConvergenceOracle(model, history).run();
    }

    private OracleVerdict run() {
        boolean sets = facts.byKey.values().stream().anyMatch(ConvergenceOracle::isSet);
        if (facts.anyImpossibleObservation() || (sets && anyImpossibleElement())) {
            return OracleVerdict.INVALID;
        }
        if (lastNemesisLine < 0) {
            return OracleVerdict.AMBIGUOUS;
        }
        List<OracleVerdict> keys = new ArrayList<>();
        for (Object key : facts.byKey.keySet()) {
            keys.add(isSet(facts.byKey.get(key)) ? setKey(facts.byKey.get(key)) : registerKey(key));
        }
        if (keys.contains(OracleVerdict.INVALID)) {
            return OracleVerdict.INVALID;
        }
        return keys.contains(OracleVerdict.AMBIGUOUS) ? OracleVerdict.AMBIGUOUS : OracleVerdict.VALID;
    }

    private static boolean isSet(List<Call> calls) {
        return calls.stream().anyMatch(c -> c.f().equals("add"))
                && calls.stream().allMatch(c -> c.f().equals("add") || c.f().equals("read"));
    }

    /** The final reads of a key, given what counts as its writes and its reads. */
    private List<Call> finals(List<Call> calls, java.util.function.Predicate<Call> isWrite,
                              java.util.function.Predicate<Call> isRead) {
        long quiet = lastNemesisLine;
        for (Call w : calls) {
            if (isWrite.test(w)) {
                quiet = Math.max(quiet, w.completeIndex() >= 0 ? w.completeIndex() : w.invokeIndex());
            }
        }
        long quietTime = history.ops().get((int) quiet).time();
        long quietLine = quiet;
        return calls.stream().filter(c -> c.isOk() && isRead.test(c) && c.invokeIndex() > quietLine
                && c.invokeTime() >= quietTime).toList();
    }

    // ---- registers

    private OracleVerdict registerKey(Object key) {
        List<Call> calls = facts.byKey.get(key);
        List<Call> finals = finals(calls, RegisterFacts::isWrite, c -> RegisterFacts.isRead(c) && facts.isObservation(c));
        if (finals.isEmpty() || finals.stream().anyMatch(facts::isAmbiguous)) {
            return OracleVerdict.AMBIGUOUS;
        }
        for (Call r : finals) {
            if (losesAWrite(calls, facts.sources(key, RegisterFacts.observed(r)).get(0))) {
                return OracleVerdict.INVALID;
            }
        }
        return registerExplained(key, calls, finals) ? OracleVerdict.VALID : OracleVerdict.INVALID;
    }

    /** Whether a final value from {@code source} (null: initial) misses an ok write that certainly followed it. */
    private static boolean losesAWrite(List<Call> calls, Call source) {
        for (Call w : calls) {
            boolean acked = RegisterFacts.isWrite(w) && w.isOk() && w != source;
            boolean certainlyLater = source == null || (source.isOk() && source.completeIndex() < w.invokeIndex());
            if (acked && certainlyLater) {
                return true;
            }
        }
        return false;
    }

    private boolean registerExplained(Object key, List<Call> calls, List<Call> finals) {
        List<Call> unknown = calls.stream().filter(c -> RegisterFacts.isWrite(c) && c.isUnknown()).toList();
        List<Call> starts = new ArrayList<>();
        starts.add(null); // the initial value
        calls.stream().filter(c -> RegisterFacts.isWrite(c) && !c.isFail()).forEach(starts::add);
        for (Call start : starts) {
            // the write that made the starting state has landed already: it cannot land again
            List<Call> landable = unknown.stream().filter(u -> u != start).toList();
            for (List<Call> landings : sequences(landable)) {
                List<Object> states = new ArrayList<>();
                states.add(start == null ? facts.initial : facts.written(start));
                landings.forEach(u -> states.add(facts.written(u)));
                if (assignable(finals, states, RegisterFacts::observed)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- sets

    private boolean anyImpossibleElement() {
        for (List<Call> calls : facts.byKey.values()) {
            if (!isSet(calls)) {
                continue;
            }
            Set<Object> added = elementsAdded(calls, c -> !c.isFail());
            for (Call r : calls) {
                if (r.isOk() && r.f().equals("read") && !added.containsAll(elements(r))) {
                    return true;
                }
            }
        }
        return false;
    }

    private OracleVerdict setKey(List<Call> calls) {
        List<Call> finals = finals(calls, c -> c.f().equals("add"), c -> c.f().equals("read"));
        if (finals.isEmpty()) {
            return OracleVerdict.AMBIGUOUS;
        }
        Set<Object> acked = elementsAdded(calls, Call::isOk);
        if (finals.stream().anyMatch(r -> !elements(r).containsAll(acked))) {
            return OracleVerdict.INVALID;
        }
        List<Object> possible = new ArrayList<>(elementsAdded(calls, c -> !c.isFail()));
        List<Object> unknown = calls.stream().filter(c -> c.f().equals("add") && c.isUnknown())
                .map(c -> Values.canonical(c.input())).distinct().toList();
        for (Set<Object> start : subsets(possible)) {
            List<Object> landable = unknown.stream().filter(e -> !start.contains(e)).toList();
            for (List<Object> landings : sequences(landable)) {
                List<Object> states = new ArrayList<>();
                Set<Object> state = new HashSet<>(start);
                states.add(Set.copyOf(state));
                for (Object e : landings) {
                    state.add(e);
                    states.add(Set.copyOf(state));
                }
                if (assignable(finals, states, ConvergenceOracle::elements)) {
                    return OracleVerdict.VALID;
                }
            }
        }
        return OracleVerdict.INVALID;
    }

    private static Set<Object> elementsAdded(List<Call> calls, java.util.function.Predicate<Call> which) {
        Set<Object> out = new HashSet<>();
        calls.stream().filter(c -> c.f().equals("add") && which.test(c)).forEach(c -> out.add(Values.canonical(c.input())));
        return out;
    }

    private static Set<Object> elements(Call read) {
        Set<Object> out = new HashSet<>();
        if (read.output() instanceof Collection<?> c) {
            c.forEach(e -> out.add(Values.canonical(e)));
        }
        return out;
    }

    // ---- shared

    /**
     * Whether each read can be given a state of the sequence equal to what it returned, such that a read given an
     * earlier state than another was invoked before the other completed. That pairwise condition is exactly
     * what instants need: give each read of state j an instant just after the latest invocation among reads of
     * states up to j; it lies before every completion of reads of states j and later, and the landings fit between.
     */
    private static boolean assignable(List<Call> reads, List<Object> states, Function<Call, Object> seen) {
        return assign(reads, states, seen, new int[reads.size()], 0);
    }

    private static boolean assign(List<Call> reads, List<Object> states, Function<Call, Object> seen, int[] at,
                                  int i) {
        if (i == reads.size()) {
            return ordered(reads, at);
        }
        for (int j = 0; j < states.size(); j++) {
            if (Objects.equals(states.get(j), seen.apply(reads.get(i)))) {
                at[i] = j;
                if (assign(reads, states, seen, at, i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ordered(List<Call> reads, int[] at) {
        for (int a = 0; a < reads.size(); a++) {
            for (int b = 0; b < reads.size(); b++) {
                if (at[a] < at[b] && reads.get(a).invokeIndex() > reads.get(b).completeIndex()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every sequence of distinct items, the empty one included. */
    private static <T> List<List<T>> sequences(List<T> items) {
        List<List<T>> out = new ArrayList<>();
        out.add(List.of());
        for (int n = 1; n <= items.size(); n++) {
            for (Set<T> chosen : subsets(items)) {
                if (chosen.size() == n) {
                    List<T> picked = new ArrayList<>(chosen);
                    collectOrders(new ArrayList<>(), picked, out);
                }
            }
        }
        return out;
    }

    private static <T> void collectOrders(List<T> prefix, List<T> rest, List<List<T>> out) {
        if (rest.isEmpty()) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < rest.size(); i++) {
            T next = rest.remove(i);
            prefix.add(next);
            collectOrders(prefix, rest, out);
            prefix.remove(prefix.size() - 1);
            rest.add(i, next);
        }
    }

    private static <T> List<Set<T>> subsets(List<T> items) {
        List<Set<T>> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            Set<T> s = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    s.add(items.get(i));
                }
            }
            out.add(s);
        }
        return out;
    }
}
