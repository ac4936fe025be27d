package io.faultline.workloads.lookup;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lookups of a history sorted out: judged against the oracle (and which of those were wrong), not judged
 * (outside quiet windows, or unknown outcome), failed, and the hop counts of every successful one.
 */
record LookupTally(int judged, List<Anomaly> wrong, int notJudged, int failed, HopStats hops) {

    static LookupTally empty() {
        return new LookupTally(0, List.of(), 0, 0, HopStats.of(List.of()));
    }

    static LookupTally of(History history, QuietWindows quiet, RingOracle oracle) {
        int judged = 0;
        int notJudged = 0;
        int failed = 0;
        List<Anomaly> wrong = new ArrayList<>();
        List<Long> hops = new ArrayList<>();
        for (Call call : history.calls()) {
            if (!call.f().equals(LookupClient.LOOKUP)) {
                continue;
            }
            if (call.isFail()) {
                failed++;
            }
            if (!call.isOk() || !(call.output() instanceof Map<?, ?> answer)) {
                continue;
            }
            if (answer.get("hops") instanceof Number n) {
                hops.add(n.longValue());
            }
            if (!quiet.contains(call)) {
                notJudged++;
                continue;
            }
            judged++;
            String owner = oracle.owner(call.key());
            if (!String.valueOf(answer.get("owner")).equals(owner)) {
                wrong.add(LookupChecker.anomaly("wrong-owner", "lookup of " + call.key() + " at " + call.node()
                        + " named " + answer.get("owner") + ", the oracle says " + owner, call));
            }
        }
        return new LookupTally(judged, wrong, notJudged, failed, HopStats.of(hops));
    }
}
