package io.faultline.workloads.lookup;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges a {@code lookup} history by Chord's correctness properties (§4.2, §5.1): every lookup that ran wholly in
 * a quiet window ({@link QuietWindows}) must name the owner the oracle of the live ring gives ({@link RingOracle});
 * every final {@code ring-state} sweep must show one cycle over all nodes in identifier order
 * ({@link RingInvariant}). The live membership is the configured nodes, as named by the sweeps: in a quiet window
 * every node is up, because healing restarts whatever a fault stopped. Hop counts are reported, not judged.
 *
 * <p>INVALID for a wrong owner or a broken ring; UNKNOWN when the history holds no sweep, or a node did not
 * answer a sweep; else VALID. Failed lookups (the node had no answer) are counted, not judged.
 */
public final class LookupChecker implements Checker {

    public static final String NAME = "lookup";

    private final long settleNanos;

    /** @param settle how long after the start, or a heal, the ring is given to become right again */
    public LookupChecker(Duration settle) {
        this.settleNanos = settle.toNanos();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(History history, Budget budget) {
        List<Call> sweeps = history.calls().stream()
                .filter(c -> c.f().equals(LookupClient.RING_STATE) && c.isOk() && c.output() instanceof Map).toList();
        List<Anomaly> anomalies = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (Call sweep : sweeps) {
            RingInvariant.Finding finding = RingInvariant.check((Map<?, ?>) sweep.output());
            finding.wrong().forEach(w -> anomalies.add(anomaly("broken-ring", w + " (cycle of "
                    + finding.cycleLength() + ")", sweep)));
            unanswered.addAll(finding.unanswered());
        }
        LookupTally tally = sweeps.isEmpty() ? LookupTally.empty() : judgeLookups(history, sweeps.getLast());
        anomalies.addAll(tally.wrong());
        LookupDetails details = new LookupDetails(tally.judged(), tally.wrong().size(), tally.notJudged(),
                tally.failed(), sweeps.size(), unanswered, tally.hops());
        String summary = details.describe();
        if (!anomalies.isEmpty()) {
            return CheckResult.invalid(NAME, summary, capped(anomalies), details);
        }
        if (sweeps.isEmpty() || !unanswered.isEmpty()) {
            return CheckResult.unknown(NAME, (sweeps.isEmpty() ? "no ring-state sweep completed; " : "")
                    + summary, details);
        }
        return CheckResult.valid(NAME, summary, details);
    }

    /** The lookups against the oracle of the membership the last sweep names. */
    private LookupTally judgeLookups(History history, Call sweep) {
        List<String> nodes = ((List<?>) ((Map<?, ?>) sweep.output()).get("nodes")).stream()
                .map(String::valueOf).toList();
        return LookupTally.of(history, new QuietWindows(history.faultOps(), settleNanos), new RingOracle(nodes));
    }

    static Anomaly anomaly(String kind, String text, Call call) {
        return new Anomaly(kind, text, List.of(call.invokeIndex()));
    }

    private static List<Anomaly> capped(List<Anomaly> anomalies) {
        return anomalies.subList(0, Math.min(anomalies.size(), 50));
    }
}
