package io.faultline.histories.oracle;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The per-read rules of the four session guarantees, by their definitions, quadratically and without any of the
 * checker's incremental state. Versions of a key are its writes that may have happened, numbered 1, 2, … in
 * invocation order, and 0 for the initial value. "u is known to precede w" is the transitive closure of edges into
 * each write w, issued by session s: from every earlier ok write of s of the key, from every version s had observed
 * of the key, and for a cas from its expected version; only edges from lower numbers count (an edge from a later
 * write can only come from reading the future), and 0 precedes everything. A read r of session q, of key k,
 * returning version x, breaks
 * <ul>
 *   <li>read-your-writes if x is known to precede an ok write of q of k that completed before r did;</li>
 *   <li>monotonic-reads if x is known to precede what an observation of q of k returned, completed before r;</li>
 *   <li>monotonic-writes if q had (before r) observed a write w2 of another session s', and s' had completed an
 *       ok write w1 of k before invoking w2, and x is known to precede w1, or is w1 when w2 is of k;</li>
 *   <li>writes-follow-reads if q had observed such a w2, and s' had observed version y of k before invoking w2,
 *       and x is known to precede y.</li>
 * </ul>
 * An observation inherits nothing from a write that began after the observation ended (a read of the future):
 * the rules, like the edges, take only what line order shows; the guarantees together ({@link CausalOracle}) take
 * everything.
 * "Before" is by history line. A verdict is INVALID when some read breaks the rule or some observation returned a
 * value nothing that may have happened wrote, AMBIGUOUS when an observation's value has several sources (the
 * checker skips it and answers UNKNOWN), VALID otherwise.
 */
public final class SessionRulesOracle {
    /** The four rules, in the checker's order. */
    public enum Rule { READ_YOUR_WRITES, MONOTONIC_READS, MONOTONIC_WRITES, WRITES_FOLLOW_READS }

    private final RegisterFacts facts;
    private final Map<Object, List<Call>> versions = new HashMap<>();
    private final Map<Object, boolean[][]> precedes = new HashMap<>();

    private SessionRulesOracle(RegisterFacts facts) {
        this.facts = facts;
    }

    /** The verdict of each rule, in {@link Rule} order. */
    public static List<OracleVerdict> check(Model<?> model, History history) {
        return new SessionRulesOracle(new RegisterFacts(history, model)).run();
    }

    private List<OracleVerdict> run() {
        for (Object key : facts.registerKeys()) {
            versions.put(key, facts.byKey.get(key).stream()
                    .filter(c -> RegisterFacts.isWrite(c) && RegisterFacts.mayHaveHappened(c)).toList());
        }
        facts.registerKeys().forEach(k -> precedes.put(k, closure(k)));
        boolean impossible = facts.anyImpossibleObservation();
        boolean ambiguous = facts.anyAmbiguousObservation();
        List<OracleVerdict> out = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            boolean broken = impossible || observations().stream().anyMatch(r -> breaks(rule, r));
            out.add(broken ? OracleVerdict.INVALID : ambiguous ? OracleVerdict.AMBIGUOUS : OracleVerdict.VALID);
        }
        return out;
    }

    private List<Call> observations() {
        return facts.registerKeys().stream().flatMap(k -> facts.byKey.get(k).stream())
                .filter(c -> facts.isObservation(c) && version(c) >= 0).toList();
    }

    /** The version an observation returned: 0 for the initial value, -1 when it is not exactly one version. */
    private int version(Call observation) {
        Object key = RegisterFacts.key(observation);
        List<Call> sources = facts.sources(key, RegisterFacts.observed(observation));
        if (sources.size() != 1) {
            return -1;
        }
        return sources.get(0) == null ? 0 : versions.get(key).indexOf(sources.get(0)) + 1;
    }

    private int version(Call write, Object key) {
        return versions.get(key).indexOf(write) + 1;
    }

    private boolean[][] closure(Object key) {
        List<Call> writes = versions.get(key);
        int n = writes.size() + 1;
        boolean[][] before = new boolean[n][n];
        for (Call w : writes) {
            int to = version(w, key);
            for (int from : predecessors(w, key)) {
                if (from > 0 && from < to) {
                    before[from][to] = true;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    before[a][b] |= before[a][k] && before[k][b];
                }
            }
        }
        for (int b = 1; b < n; b++) {
            before[0][b] = true;
        }
        return before;
    }

    private List<Integer> predecessors(Call w, Object key) {
        List<Integer> preds = new ArrayList<>();
        for (Call c : facts.byKey.get(key)) {
            if (c.process() != w.process() || c.completeIndex() < 0 || c.completeIndex() >= w.invokeIndex()) {
                continue;
            }
            if (RegisterFacts.isWrite(c) && c.isOk()) {
                preds.add(version(c, key));
            }
            if (facts.isObservation(c) && version(c) > 0) {
                preds.add(version(c));
            }
        }
        if (RegisterFacts.isCas(w)) {
            List<Call> sources = facts.sources(key, RegisterFacts.observed(w));
            if (sources.size() == 1 && sources.get(0) != null) {
                preds.add(version(sources.get(0), key));
            }
        }
        return preds;
    }

    private boolean knownBefore(Object key, int x, int y) {
        return x != y && precedes.get(key)[x][y];
    }

    private boolean breaks(Rule rule, Call r) {
        Object k = RegisterFacts.key(r);
        int x = version(r);
        for (Call earlier : history().calls()) {
            boolean sameSessionBefore = earlier.process() == r.process() && earlier.completeIndex() >= 0
                    && earlier.completeIndex() < r.completeIndex();
            if (sameSessionBefore && breaksBecauseOf(rule, r, k, x, earlier)) {
                return true;
            }
        }
        return false;
    }

    private boolean breaksBecauseOf(Rule rule, Call r, Object k, int x, Call earlier) {
        boolean sameKey = RegisterFacts.key(earlier).equals(k);
        return switch (rule) {
            case READ_YOUR_WRITES -> sameKey && RegisterFacts.isWrite(earlier) && earlier.isOk()
                    && knownBefore(k, x, version(earlier, k));
            case MONOTONIC_READS -> sameKey && isObservationWithVersion(earlier)
                    && knownBefore(k, x, version(earlier));
            case MONOTONIC_WRITES -> observedOtherWriter(earlier, r).stream()
                    .anyMatch(w2 -> writerWroteBefore(w2, k, x, RegisterFacts.key(w2).equals(k)));
            case WRITES_FOLLOW_READS -> observedOtherWriter(earlier, r).stream()
                    .anyMatch(w2 -> writerReadBefore(w2, k, x));
        };
    }

    private boolean isObservationWithVersion(Call c) {
        return facts.isRegisterKey(RegisterFacts.key(c)) && facts.isObservation(c) && version(c) >= 0;
    }

    /**
     * The write of another session that {@code earlier} observed, if it is one and it had begun before the
     * observation ended (a read of the future inherits nothing: the write's session had not yet reached it).
     */
    private List<Call> observedOtherWriter(Call earlier, Call r) {
        if (!isObservationWithVersion(earlier) || version(earlier) == 0) {
            return List.of();
        }
        Object key = RegisterFacts.key(earlier);
        Call w2 = facts.sources(key, RegisterFacts.observed(earlier)).get(0);
        boolean inherits = w2.process() != r.process() && w2.invokeIndex() < earlier.completeIndex();
        return inherits ? List.of(w2) : List.of();
    }

    private boolean writerWroteBefore(Call w2, Object k, int x, boolean sameKey) {
        for (Call w1 : facts.byKey.get(k)) {
            boolean before = w1.process() == w2.process() && RegisterFacts.isWrite(w1) && w1.isOk()
                    && w1.completeIndex() < w2.invokeIndex();
            if (before && (knownBefore(k, x, version(w1, k)) || (sameKey && x == version(w1, k)))) {
                return true;
            }
        }
        return false;
    }

    private boolean writerReadBefore(Call w2, Object k, int x) {
        for (Call o : facts.byKey.get(k)) {
            boolean before = o.process() == w2.process() && isObservationWithVersion(o)
                    && o.completeIndex() < w2.invokeIndex();
            if (before && knownBefore(k, x, version(o))) {
                return true;
            }
        }
        return false;
    }

    private History history() {
        return facts.history;
    }

    @Override
    public String toString() {
        return Objects.toString(versions);
    }
}
