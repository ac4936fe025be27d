package io.faultline.histories.check.session;

import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.CappedAnomalies;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one analysis into one guarantee's result. INVALID needs a certain violation (or a read no store could
 * return); otherwise anything left unchecked (the deadline, reads that cannot be attributed, keys that are not
 * registers and nothing else to check) makes the verdict UNKNOWN rather than VALID.
 */
final class SessionResults {
    private SessionResults() {
    }

    static CheckResult of(SessionGuarantee g, SessionFindings f) {
        CappedAnomalies own = f.violations().get(g);
        List<Anomaly> listed = new ArrayList<>(f.invalidReads().stream().limit(CappedAnomalies.DEFAULT_CAP).toList());
        listed.addAll(own.listed());
        int total = f.invalidReads().size() + own.total();
        SessionRuleDetails details = new SessionRuleDetails(g.checkerName(), f.sessions(),
                f.observations(), own.total(), f.invalidReads().size(), total - listed.size(), f.ambiguous(),
                notes(f));
        String name = g.checkerName();
        if (total > 0) {
            return CheckResult.invalid(name, name + " violated by " + total + " read" + (total == 1 ? "" : "s")
                    + "; first: " + listed.get(0).description(), listed, details);
        }
        String unchecked = unchecked(f);
        if (unchecked != null) {
            return CheckResult.unknown(name, name + " unknown: " + unchecked, details);
        }
        return CheckResult.valid(name, name + " holds: " + f.observations() + " reads of " + f.sessions()
                + " sessions checked", details);
    }

    /**
     * The verdict of the guarantees together: INVALID when the combined check found a violation or any rule did
     * (a rule's violation is one of the combination's, and reads no store could return break all of them), UNKNOWN
     * when either could not look at everything, VALID otherwise.
     */
    static CheckResult together(CausalSessions.Outcome outcome, List<CheckResult> each) {
        String name = SessionGuaranteesChecker.TOGETHER;
        CappedAnomalies found = outcome.violations();
        boolean ruleBroken = each.stream().anyMatch(r -> r.verdict() == Verdict.INVALID);
        if (!found.isEmpty() || ruleBroken) {
            String first = !found.isEmpty() ? found.listed().get(0).description()
                    : each.stream().filter(r -> r.verdict() == Verdict.INVALID).findFirst().orElseThrow().summary();
            return CheckResult.invalid(name, "the session guarantees do not hold together: " + first,
                    found.listed(), null);
        }
        if (!outcome.finished()) {
            return CheckResult.unknown(name, "session guarantees together unknown: " + outcome.stoppedBy()
                    + " stopped the check after " + outcome.observations() + " reads", null);
        }
        CheckResult undecided = each.stream().filter(r -> r.verdict() == Verdict.UNKNOWN).findFirst().orElse(null);
        if (undecided != null || outcome.ambiguous() > 0) {
            String why = undecided != null ? undecided.summary().replaceFirst("^[a-z-]+ unknown: ", "")
                    : outcome.ambiguous() + " reads returned values written more than once";
            return CheckResult.unknown(name, "session guarantees together unknown: " + why, null);
        }
        return CheckResult.valid(name, "the session guarantees hold together: " + outcome.observations()
                + " reads fit one order of each key's versions behind their causal pasts", null);
    }

    /** Why a history with no violation still cannot be called valid, or {@code null}. */
    private static String unchecked(SessionFindings f) {
        if (!f.finished()) {
            return "the time limit stopped the check after " + f.observations() + " reads, with no violation";
        }
        if (f.ambiguous() > 0) {
            return f.ambiguous() + " reads returned values written more than once, which cannot be attributed"
                    + " (values must be unique per key); no violation among the other " + f.observations();
        }
        if (f.sessions() == 0 && !f.otherKeys().isEmpty()) {
            return "no register calls to check (keys with other functions: " + f.otherKeys().size() + ")";
        }
        return null;
    }

    private static List<String> notes(SessionFindings f) {
        List<String> notes = new ArrayList<>();
        if (!f.otherKeys().isEmpty()) {
            notes.add(f.otherKeys().size() + " keys with functions other than read/get, write/put, cas, delete"
                    + " were not checked");
        }
        if (f.ambiguous() > 0) {
            notes.add(f.ambiguous() + " reads of values written more than once were skipped");
        }
        if (f.droppedEdges() > 0) {
            notes.add(f.droppedEdges() + " reads returned values whose writes began after the read ended;"
                    + " they order nothing");
        }
        return notes;
    }
}
