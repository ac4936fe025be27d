package io.faultline.histories.oracle;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The four session guarantees together (causal consistency with one arbitration order per key, CCv), by brute
 * force: for every way of attributing each observation to one of the writes that could have produced it, compute
 * happened-before (session order and reads-from, transitively closed, as a boolean matrix), then try every order of
 * each key's writes: the history is valid when, for some attribution, every key has an order in which every write
 * and every observed version comes after all the other writes of the key in its causal past (and the initial
 * value is only observed with none in the past). A cas with an unknown outcome either took effect (then it also
 * observed its expected value) or did not (then it wrote nothing); both are tried. Exponential; for histories of
 * a handful of calls.
 */
public final class CausalOracle {
    private CausalOracle() {
    }

    public static OracleVerdict check(Model<?> model, History history) {
        RegisterFacts facts = new RegisterFacts(history, model);
        if (facts.anyImpossibleObservation()) {
            return OracleVerdict.INVALID;
        }
        List<Call> unknownCas = facts.registerKeys().stream().flatMap(k -> facts.byKey.get(k).stream())
                .filter(c -> RegisterFacts.isCas(c) && c.isUnknown()).toList();
        for (int mask = 0; mask < 1 << unknownCas.size(); mask++) {
            List<Call> happened = new ArrayList<>();
            List<Call> never = new ArrayList<>();
            for (int i = 0; i < unknownCas.size(); i++) {
                ((mask & 1 << i) != 0 ? happened : never).add(unknownCas.get(i));
            }
            if (validWhen(facts, happened, never)) {
                return OracleVerdict.VALID;
            }
        }
        return OracleVerdict.INVALID;
    }

    /**
     * Whether some attribution is valid when the cas calls in {@code happened} took effect (so they also observed
     * their expected value, as an ok cas does) and those in {@code never} did not (they write nothing).
     */
    private static boolean validWhen(RegisterFacts facts, List<Call> happened, List<Call> never) {
        List<Call> calls = new ArrayList<>();
        List<Call> observations = new ArrayList<>();
        for (Object key : facts.registerKeys()) {
            for (Call c : facts.byKey.get(key)) {
                boolean write = RegisterFacts.isWrite(c) && RegisterFacts.mayHaveHappened(c) && !never.contains(c);
                boolean observation = facts.isObservation(c) || happened.contains(c);
                if (write || observation) {
                    calls.add(c);
                }
                if (observation) {
                    observations.add(c);
                }
            }
        }
        calls.sort((a, b) -> Long.compare(a.invokeIndex(), b.invokeIndex()));
        return anyAttributionValid(facts, calls, observations, 0, new HashMap<>(), never);
    }

    /** Tries every source for observations[i..]; {@code sources} maps an observation to its write (null: initial). */
    private static boolean anyAttributionValid(RegisterFacts facts, List<Call> calls, List<Call> observations, int i,
                                               Map<Call, Call> sources, List<Call> never) {
        if (i == observations.size()) {
            return valid(facts, calls, sources);
        }
        Call o = observations.get(i);
        for (Call source : facts.sources(RegisterFacts.key(o), RegisterFacts.observed(o))) {
            if (source == o || never.contains(source)) {
                continue; // a cas cannot have observed its own write; a call that never happened wrote nothing
            }
            sources.put(o, source);
            if (anyAttributionValid(facts, calls, observations, i + 1, sources, never)) {
                return true;
            }
        }
        sources.remove(o);
        return false;
    }

    private static boolean valid(RegisterFacts facts, List<Call> calls, Map<Call, Call> sources) {
        boolean[][] hb = happenedBefore(calls, sources);
        for (int i = 0; i < calls.size(); i++) {
            if (hb[i][i]) {
                return false; // a causal loop
            }
        }
        for (Object key : facts.registerKeys()) {
            if (!keyHasOrder(facts, key, calls, sources, hb)) {
                return false;
            }
        }
        return true;
    }

    private static boolean[][] happenedBefore(List<Call> calls, Map<Call, Call> sources) {
        int n = calls.size();
        boolean[][] hb = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                Call x = calls.get(a);
                Call y = calls.get(b);
                boolean sessionOrder = x.process() == y.process() && x.invokeIndex() < y.invokeIndex();
                boolean readsFrom = sources.containsKey(y) && sources.get(y) == x;
                hb[a][b] = sessionOrder || readsFrom;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    hb[a][b] |= hb[a][k] && hb[k][b];
                }
            }
        }
        return hb;
    }

    private static boolean keyHasOrder(RegisterFacts facts, Object key, List<Call> calls, Map<Call, Call> sources,
                                       boolean[][] hb) {
        List<Call> writes = calls.stream().filter(c -> RegisterFacts.key(c).equals(key)
                && RegisterFacts.isWrite(c)).toList();
        for (Call o : calls) {
            if (sources.containsKey(o) && sources.get(o) == null && RegisterFacts.key(o).equals(key)) {
                for (Call w : writes) {
                    if (hb[calls.indexOf(w)][calls.indexOf(o)]) {
                        return false; // the initial value comes before every write
                    }
                }
            }
        }
        return Permutations.any(writes, order -> fits(order, key, calls, sources, hb));
    }

    /** Whether {@code order} puts every write of the key, and every observed version, after its causal past. */
    private static boolean fits(List<Call> order, Object key, List<Call> calls, Map<Call, Call> sources,
                                boolean[][] hb) {
        for (Call c : calls) {
            if (!RegisterFacts.key(c).equals(key)) {
                continue;
            }
            List<Call> targets = new ArrayList<>();
            if (sources.containsKey(c) && sources.get(c) != null) {
                targets.add(sources.get(c));
            }
            if (RegisterFacts.isWrite(c)) {
                targets.add(c);
            }
            for (Call target : targets) {
                for (Call w : order) {
                    if (w != target && hb[calls.indexOf(w)][calls.indexOf(c)]
                            && order.indexOf(w) > order.indexOf(target)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
