package io.faultline.histories.check.weak;

import io.faultline.histories.check.Anomaly;
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
        SessionGuaranteeDetails details = new SessionGuaranteeDetails(g.checkerName(), f.sessions(),
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
