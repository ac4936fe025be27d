package io.faultline.histories.check.weak;

import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.convergence.ConvergenceChecker;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.check.sequential.SequentialChecker;
import io.faultline.histories.check.session.SessionGuarantee;
import io.faultline.histories.check.session.SessionGuaranteesChecker;
import io.faultline.histories.check.session.SessionGuaranteesDetails;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the strongest consistency model a history satisfies, on the ladder linearizable &gt; sequential &gt;
 * session guarantees (all four together, {@link SessionGuaranteesChecker}) &gt; eventual &gt; none, from whichever checkers ran (found by name; any may be
 * missing). The strongest level is the first, from the top, whose check is VALID. Levels above it that are
 * UNKNOWN or were not checked are named, so an undecided stronger level is never passed over in silence
 * ({@code at least sequential; linearizable unknown}). Failing session guarantees are named. The ladder is not a
 * chain of implications in black-box checking (a sequentially consistent history may still lose a write in real
 * time), so weaker levels that fail below the strongest are reported too ({@code sequential; but eventual fails}).
 */
public final class ConsistencySummary {
    public static final String LINEARIZABLE = LinearizabilityChecker.NAME;
    public static final String SEQUENTIAL = SequentialChecker.NAME;
    public static final String SESSION = SessionGuaranteesChecker.TOGETHER;
    public static final String EVENTUAL = ConvergenceChecker.NAME;
    public static final String NONE = "none";
    /** The levels, strongest first. */
    public static final List<String> LADDER = List.of(LINEARIZABLE, SEQUENTIAL, SESSION, EVENTUAL);
    public static final List<String> SESSION_GUARANTEES =
            Arrays.stream(SessionGuarantee.values()).map(SessionGuarantee::checkerName).toList();
    /** The rows of the rendered table, in order. */
    static final List<String> ROWS = List.of(LINEARIZABLE, SEQUENTIAL, SESSION, SESSION_GUARANTEES.get(0),
            SESSION_GUARANTEES.get(1), SESSION_GUARANTEES.get(2), SESSION_GUARANTEES.get(3), EVENTUAL);

    private ConsistencySummary() {
    }

    /** Summarizes results by checker name; a {@code session-guarantees} result counts as its four guarantees. */
    public static Summary of(Collection<CheckResult> results) {
        Map<String, CheckResult> byName = flatten(results);
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (String row : ROWS) {
            Verdict v = row.equals(SESSION) ? sessionLevel(byName) : verdictOf(byName, row);
            if (v != null) {
                verdicts.put(row, v);
            }
        }
        byName.forEach((name, r) -> verdicts.putIfAbsent(name, r.verdict()));
        String strongest = LADDER.stream().filter(l -> verdicts.get(l) == Verdict.VALID).findFirst().orElse(NONE);
        return new Summary(strongest, statement(strongest, verdicts), verdicts, findings(byName));
    }

    private static Map<String, CheckResult> flatten(Collection<CheckResult> results) {
        Map<String, CheckResult> byName = new LinkedHashMap<>();
        for (CheckResult r : results) {
            if (r.details() instanceof SessionGuaranteesDetails d) {
                d.guarantees().forEach(g -> byName.put(g.checker(), g));
                if (d.together() != null) {
                    byName.put(SESSION, d.together());
                }
            } else {
                byName.put(r.checker(), r);
            }
        }
        return byName;
    }

    private static Verdict verdictOf(Map<String, CheckResult> byName, String name) {
        CheckResult r = byName.get(name);
        return r == null ? null : r.verdict();
    }

    /**
     * The guarantees together: the combined check's verdict when it ran, else the four rules merged (a missing one
     * makes an otherwise valid level unknown).
     */
    private static Verdict sessionLevel(Map<String, CheckResult> byName) {
        if (byName.containsKey(SESSION)) {
            return byName.get(SESSION).verdict();
        }
        List<Verdict> present = SESSION_GUARANTEES.stream().map(g -> verdictOf(byName, g))
                .filter(v -> v != null).toList();
        if (present.isEmpty()) {
            return null;
        }
        Verdict merged = present.stream().reduce(Verdict.VALID, Verdict::merge);
        return merged == Verdict.VALID && present.size() < SESSION_GUARANTEES.size() ? Verdict.UNKNOWN : merged;
    }

    private static String statement(String strongest, Map<String, Verdict> verdicts) {
        int at = strongest.equals(NONE) ? LADDER.size() : LADDER.indexOf(strongest);
        List<String> undecided = LADDER.subList(0, at).stream().filter(l -> verdicts.get(l) != Verdict.INVALID)
                .map(l -> l + (verdicts.containsKey(l) ? " unknown" : " not checked")).toList();
        List<String> parts = new ArrayList<>();
        parts.add(undecided.isEmpty() ? strongest : at == LADDER.size() ? "none established" : "at least " + strongest);
        if (!undecided.isEmpty()) {
            parts.add(String.join(", ", undecided));
        }
        List<String> failing = SESSION_GUARANTEES.stream().filter(g -> verdicts.get(g) == Verdict.INVALID).toList();
        if (!failing.isEmpty()) {
            parts.add("session guarantees fail: " + String.join(", ", failing));
        }
        LADDER.subList(Math.min(at + 1, LADDER.size()), LADDER.size()).stream()
                .filter(l -> !l.equals(SESSION) && verdicts.get(l) == Verdict.INVALID)
                .forEach(l -> parts.add("but " + l + " fails"));
        return String.join("; ", parts);
    }

    /** Every anomaly once, with every checker that reported it, in table order. */
    private static List<Finding> findings(Map<String, CheckResult> byName) {
        Map<List<Object>, List<String>> checkersOf = new LinkedHashMap<>();
        Map<List<Object>, Anomaly> first = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(ROWS);
        byName.keySet().stream().filter(n -> !order.contains(n)).forEach(order::add);
        for (String name : order) {
            CheckResult r = byName.get(name);
            for (Anomaly a : r == null ? List.<Anomaly>of() : r.anomalies()) {
                List<Object> id = List.of(a.kind(), a.description(), a.ops());
                first.putIfAbsent(id, a);
                checkersOf.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
            }
        }
        return first.entrySet().stream().map(e -> new Finding(e.getValue().kind(), e.getValue().description(),
                e.getValue().ops(), checkersOf.get(e.getKey()))).toList();
    }
}
