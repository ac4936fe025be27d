package io.faultline.histories.check.weak;

import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Terry et al.'s session guarantees (read-your-writes, monotonic reads, monotonic writes, writes-follow-reads)
 * on register histories, all four from one pass; each gets its own {@link CheckResult}, and {@link #only}
 * gives a checker for one of them.
 *
 * <p>Black-box meaning. Sessions are processes. Versions of a key are its writes that may have happened (ok or
 * unknown) plus the initial value; under the unique-values convention a read's value names its version. A
 * version u is <em>known to precede</em> w (same key) when it follows from: (a) a session wrote u, then w; (b) a
 * session read u, then wrote w (a cas reads its expected value and writes its new one atomically); (c) the
 * initial value precedes every write; closed transitively. Each of (a)–(c) is an order every store that keeps
 * the guarantees must give its versions, so a read that returns a version known to precede one its session must
 * already see (see {@link SessionGuarantee}) is a certain violation: the checks are sound. They are not complete
 * (a store may break a guarantee in ways no read reveals), which is why they report only what the reads show.
 *
 * <p>Unknown reads observe nothing and are ignored. A write with an unknown outcome is its session's last call,
 * so no later read of the session depends on it, but other sessions may observe it. Reads of values written more
 * than once are skipped and make a result UNKNOWN rather than VALID. Reads of values nothing wrote, or only
 * failed writes wrote, break every guarantee ({@code unwritten-value}, {@code aborted-read}).
 */
public final class SessionGuaranteesChecker implements Checker {
    public static final String NAME = "session-guarantees";

    private final Object initialValue;

    /** Every key starts at {@code initialValue} ({@code null} = nil). */
    public SessionGuaranteesChecker(Object initialValue) {
        this.initialValue = initialValue;
    }

    /** Every key starts at nil. */
    public SessionGuaranteesChecker() {
        this(null);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The four guarantees' results, in {@link SessionGuarantee} order. */
    public List<CheckResult> checkEach(History history, Budget budget) {
        SessionFindings f = new SessionAnalysis(history, initialValue).run(budget.deadlineNanos());
        List<CheckResult> results = new ArrayList<>();
        for (SessionGuarantee g : SessionGuarantee.values()) {
            results.add(SessionResults.of(g, f));
        }
        return results;
    }

    /** All four as one result (the worst verdict), with each guarantee's own result in its details. */
    @Override
    public CheckResult check(History history, Budget budget) {
        List<CheckResult> each = checkEach(history, budget);
        Verdict verdict = each.stream().map(CheckResult::verdict).reduce(Verdict.VALID, Verdict::merge);
        Set<Anomaly> anomalies = new LinkedHashSet<>();
        each.forEach(r -> anomalies.addAll(r.anomalies()));
        List<String> lines = each.stream().map(r -> r.checker() + " " + r.verdict().name().toLowerCase()).toList();
        String summary = "session guarantees: " + String.join(", ", lines);
        return new CheckResult(NAME, verdict, summary, List.copyOf(anomalies), new SessionGuaranteesDetails(each));
    }

    /** A checker of one guarantee, named after it ({@code monotonic-reads}, …). */
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
