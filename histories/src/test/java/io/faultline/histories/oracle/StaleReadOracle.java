package io.faultline.histories.oracle;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.model.Model;
import java.util.List;

/**
 * Stale reads by their definition, quantifying over every pair: an ok read r of a key is stale when it returned
 * the value of a write w (or the initial value), and some acknowledged write u of the key, not w, began after w
 * had finished and finished before r began. Values with more than one possible source are not judged; a read of a
 * value nothing wrote is invalid outright.
 */
public final class StaleReadOracle {
    private StaleReadOracle() {
    }

    public static OracleVerdict check(Model<?> model, History history) {
        RegisterFacts facts = new RegisterFacts(history, model);
        if (facts.anyImpossibleObservation()) {
            return OracleVerdict.INVALID;
        }
        boolean ambiguous = false;
        for (Object key : facts.registerKeys()) {
            List<Call> calls = facts.byKey.get(key);
            for (Call r : calls) {
                if (!facts.isObservation(r) || !RegisterFacts.isRead(r)) {
                    continue;
                }
                List<Call> sources = facts.sources(key, RegisterFacts.observed(r));
                if (sources.size() > 1) {
                    ambiguous = true;
                } else if (isStale(calls, sources.get(0), r)) {
                    return OracleVerdict.INVALID;
                }
            }
        }
        return ambiguous ? OracleVerdict.AMBIGUOUS : OracleVerdict.VALID;
    }

    /** {@code source} is null for the initial value, which "finished" before everything. */
    private static boolean isStale(List<Call> calls, Call source, Call read) {
        if (source != null && source.isUnknown()) {
            return false; // it never certainly finished, so nothing certainly followed it
        }
        long sourceEnd = source == null ? -1 : source.completeIndex();
        for (Call u : calls) {
            boolean ackedWrite = RegisterFacts.isWrite(u) && u.isOk() && u != source;
            if (ackedWrite && u.invokeIndex() > sourceEnd && u.completeIndex() < read.invokeIndex()) {
                return true;
            }
        }
        return false;
    }
}
