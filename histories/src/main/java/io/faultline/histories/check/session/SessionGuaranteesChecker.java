package io.faultline.histories.check.session;

import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.register.Conventions;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Terry et al.'s session guarantees (read-your-writes, monotonic reads, monotonic writes, writes-follow-reads)
 * on register histories: whether they hold together, decided exactly, and which rule each offending read breaks.
 *
 * <p><b>Together</b> ({@link CausalSessions}): the guarantees in their strong form, which together are causal
 * consistency with one arbitration order per key (CCv, Bouajjani et al. POPL 2017). This is the verdict of the
 * check, and the "session" level of {@link io.faultline.histories.check.weak.ConsistencySummary}: sound and
 * complete for unique values per key.
 *
 * <p><b>Each rule</b> ({@link SessionAnalysis}): which guarantee an offending read breaks, one result each. Sessions
 * are processes. Versions of a key are its writes that may have happened (ok or unknown) plus the initial value;
 * under the unique-values convention a read's value names its version. A version u is <em>known to precede</em> w
 * (same key) when it follows from: (a) a session wrote u, then w; (b) a session read u, then wrote w (a cas reads
 * its expected value and writes its new one atomically); (c) the initial value precedes every write; closed
 * transitively. Each of (a)–(c) is an order that holding the four guarantees together forces on the versions, so
 * a read that returns a version known to precede one its session must already see (see {@link SessionGuarantee})
 * is a certain violation of the guarantees together, attributed to the rule it shows: the rules are sound for
 * the combination, and the combined check also finds what no single read shows (a cycle through several reads).
 *
 * <p>Unknown reads, and Knossos's nil reads when the model takes them as always legal, observe nothing and are
 * ignored. A write with an unknown outcome is its session's last call, so no later read of the session depends
 * on it, but other sessions may observe it. Reads of values written more than once are skipped and make a result
 * UNKNOWN rather than VALID. Reads of values nothing wrote, or only failed writes wrote, break every guarantee
 * ({@code unwritten-value}, {@code aborted-read}).
 */
public final class SessionGuaranteesChecker implements Checker {
    public static final String NAME = "session-guarantees";
    /** The name of the guarantees' result together, which is the {@code session} level of the consistency ladder. */
    public static final String TOGETHER = "session";

    private final Conventions conventions;

    /** For histories of {@code model}: its initial value and its convention on uninformative reads. */
    public SessionGuaranteesChecker(Model<?> model) {
        this.conventions = Conventions.of(model);
    }

    /** Every key starts at nil. */
    public SessionGuaranteesChecker() {
        this.conventions = Conventions.NIL;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The four rules' results, in {@link SessionGuarantee} order. */
    public List<CheckResult> checkEach(History history, Budget budget) {
        return each(new SessionAnalysis(history, conventions).run(budget.deadlineNanos()));
    }

    /**
     * Whether the guarantees hold together (the verdict), with each rule's own result in the details, and every
     * anomaly found by either.
     */
    @Override
    public CheckResult check(History history, Budget budget) {
        long deadline = budget.deadlineNanos();
        SessionAnalysis analysis = new SessionAnalysis(history, conventions);
        List<CheckResult> each = each(analysis.run(deadline));
        CausalSessions.Outcome together = new CausalSessions(history, analysis.index(), analysis.versions())
                .run(deadline, budget.memoryBytes());
        CheckResult combined = SessionResults.together(together, each);
        Set<Anomaly> anomalies = new LinkedHashSet<>(combined.anomalies());
        each.forEach(r -> anomalies.addAll(r.anomalies()));
        List<String> lines = each.stream().map(r -> r.checker() + " " + r.verdict().name().toLowerCase()).toList();
        String summary = combined.summary() + "; each rule: " + String.join(", ", lines);
        return new CheckResult(NAME, combined.verdict(), summary, List.copyOf(anomalies),
                new SessionGuaranteesDetails(each, combined));
    }

    private static List<CheckResult> each(SessionFindings f) {
        List<CheckResult> results = new ArrayList<>();
        for (SessionGuarantee g : SessionGuarantee.values()) {
            results.add(SessionResults.of(g, f));
        }
        return results;
    }

    /** A checker of one guarantee's rule, named after it ({@code monotonic-reads}, …). */
    public Checker only(SessionGuarantee guarantee) {
        return new Checker() {
            @Override
            public String name() {
                return guarantee.checkerName();
            }

            @Override
            public CheckResult check(History history, Budget budget) {
                return checkEach(history, budget).get(guarantee.ordinal());
            }
        };
    }
}
