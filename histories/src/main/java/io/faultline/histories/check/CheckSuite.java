package io.faultline.histories.check;

import io.faultline.histories.History;
import io.faultline.histories.check.convergence.ConvergenceChecker;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.check.sequential.SequentialChecker;
import io.faultline.histories.check.session.SessionGuaranteesChecker;
import io.faultline.histories.check.session.SessionGuaranteesDetails;
import io.faultline.histories.check.staleread.StaleReadChecker;
import io.faultline.histories.check.weak.ConsistencySummary;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consistency checks of one history, strongest first, by name: {@code linearizable}, {@code sequential},
 * {@code session-guarantees}, {@code eventual}, {@code stale-reads}.
 *
 * <p>Running them in this order lets a strong verdict settle weaker ones. A linearizable history is sequentially
 * consistent (its linearization respects program order), satisfies the four session guarantees (every order they
 * derive — a session's own writes, a read before a write — agrees with the linearization), and has no stale read
 * (a read placed after a completed write cannot miss it). So after a VALID linearizability check those three are
 * reported VALID "implied by linearizable" instead of searched: the sequential search is NP-complete in general,
 * and the weaker checks cannot tell writes apart when values repeat, which linearizability handles.
 * Convergence is still checked, for what it observes (how many final reads, and of what); when it cannot judge (no
 * final-read phase, values it cannot tell apart) a linearizable history is still eventually consistent in the
 * sense it checks (no divergence, no lost acknowledged write), so it is reported valid, implied.
 *
 * <p>Implication is a law here: a weaker check that calls a linearizable history invalid contradicts the
 * linearizability check, so one of the two has a bug. That is an {@link IllegalStateException} (an internal
 * error), never a verdict.
 */
public final class CheckSuite {
    private static final List<String> IMPLIED_BY_LINEARIZABLE =
            List.of(SequentialChecker.NAME, SessionGuaranteesChecker.NAME, StaleReadChecker.NAME);

    private static final String IMPLIED = "implied by linearizable";

    private final Map<String, Checker> checkers;
    private final List<HistoryRequirement> requirements;

    private CheckSuite(Map<String, Checker> checkers, List<HistoryRequirement> requirements) {
        this.checkers = checkers;
        this.requirements = List.copyOf(requirements);
    }

    private CheckSuite(Map<String, Checker> checkers) {
        this(checkers, List.of());
    }

    /**
     * This suite, with verdicts that mean something only if the history shows {@code required}: when it falls
     * short, every VALID result becomes UNKNOWN with the reason ("vacuous: no acknowledged add").
     */
    public CheckSuite requiring(List<HistoryRequirement> required) {
        List<HistoryRequirement> all = new ArrayList<>(requirements);
        all.addAll(required);
        return new CheckSuite(checkers, all);
    }

    /** What the history must show, or empty when nothing is required. */
    public List<HistoryRequirement> requirements() {
        return requirements;
    }

    /** Every check, each taking the model's options (initial value, uninformative reads) from {@code model}. */
    public static CheckSuite standard(Model<?> model) {
        Map<String, Checker> all = new LinkedHashMap<>();
        for (Checker c : List.of(new LinearizabilityChecker(model), new SequentialChecker(model),
                new SessionGuaranteesChecker(model), new ConvergenceChecker(model), new StaleReadChecker(model))) {
            all.put(c.name(), c);
        }
        return new CheckSuite(all);
    }

    /**
     * The given checks, in the order given (strongest first, so that a linearizable verdict can settle the weaker
     * ones): for example a workload's own list.
     *
     * @throws IllegalArgumentException if two checks share a name
     */
    public static CheckSuite of(List<Checker> checks) {
        Map<String, Checker> all = new LinkedHashMap<>();
        for (Checker c : checks) {
            if (all.put(c.name(), c) != null) {
                throw new IllegalArgumentException("two checks are named \"" + c.name() + "\"");
            }
        }
        return new CheckSuite(all);
    }

    /** The names of the checks in this suite, strongest first. */
    public List<String> names() {
        return List.copyOf(checkers.keySet());
    }

    /** This suite restricted to {@code names}; an unknown name is an IllegalArgumentException naming the valid ones. */
    public CheckSuite only(Collection<String> names) {
        Map<String, Checker> kept = new LinkedHashMap<>();
        for (String name : names) {
            if (!checkers.containsKey(name)) {
                throw new IllegalArgumentException("unknown check \"" + name + "\"; use all or any of: "
                        + String.join(", ", checkers.keySet()));
            }
        }
        checkers.forEach((name, c) -> {
            if (names.contains(name)) {
                kept.put(name, c);
            }
        });
        return new CheckSuite(kept, requirements);
    }

    /** Runs every check in order, each with the whole budget (each starts its own clock). */
    public List<CheckResult> run(History history, Budget budget) {
        List<String> missing = requirements.stream().filter(r -> !r.met().test(history))
                .map(HistoryRequirement::description).toList();
        List<CheckResult> results = runChecks(history, budget);
        if (missing.isEmpty()) {
            return results;
        }
        String why = "vacuous: the history shows no " + String.join(" and no ", missing.stream()
                .map(d -> d.replaceFirst("^an? ", "")).toList()) + ", so it tested nothing";
        return results.stream().map(r -> vacuous(r, why)).toList();
    }

    /** A VALID result made UNKNOWN for {@code why}, the session guarantees' parts too; other results as they are. */
    private static CheckResult vacuous(CheckResult r, String why) {
        if (r == null || r.verdict() != Verdict.VALID) {
            return r;
        }
        Object details = r.details() instanceof SessionGuaranteesDetails d
                ? new SessionGuaranteesDetails(d.guarantees().stream().map(g -> vacuous(g, why)).toList(),
                        vacuous(d.together(), why))
                : r.details();
        return new CheckResult(r.checker(), Verdict.UNKNOWN, why + " (" + r.summary() + ")", r.anomalies(), details);
    }

    private List<CheckResult> runChecks(History history, Budget budget) {
        List<CheckResult> results = new ArrayList<>();
        boolean linearizable = false;
        boolean linearizabilityRan = false;
        for (Checker checker : checkers.values()) {
            if (linearizable && IMPLIED_BY_LINEARIZABLE.contains(checker.name())) {
                results.add(impliedByLinearizable(checker.name()));
                continue;
            }
            Checker toRun = linearizabilityRan && checker instanceof SequentialChecker sequential
                    ? sequential.knowingNotLinearizable() : checker;
            CheckResult result = linearizable && checker.name().equals(ConvergenceChecker.NAME)
                    ? settledByLinearizability(toRun.check(history, budget)) : toRun.check(history, budget);
            boolean isLinearizability = result.checker().equals(LinearizabilityChecker.NAME);
            linearizabilityRan |= isLinearizability;
            linearizable |= isLinearizability && result.isValid();
            results.add(result);
        }
        return results;
    }

    private static CheckResult impliedByLinearizable(String name) {
        Object details = !name.equals(SessionGuaranteesChecker.NAME) ? null
                : new SessionGuaranteesDetails(ConsistencySummary.SESSION_GUARANTEES.stream()
                        .map(g -> CheckResult.valid(g, IMPLIED, null)).toList(),
                        CheckResult.valid(ConsistencySummary.SESSION, IMPLIED, null));
        return CheckResult.valid(name, IMPLIED, details);
    }

    /** A weaker check's result on a history known to be linearizable: never invalid, valid when undecided. */
    private static CheckResult settledByLinearizability(CheckResult r) {
        return switch (r.verdict()) {
            case VALID -> r;
            case UNKNOWN -> CheckResult.valid(r.checker(), IMPLIED + "; on its own: " + r.summary(), r.details());
            case INVALID -> throw new IllegalStateException("checker disagreement: the history is linearizable,"
                    + " but " + r.checker() + " says " + r.summary() + "; one of the two checks has a bug");
        };
    }
}
