package io.faultline.histories.check.session;

import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.CappedAnomalies;
import io.faultline.histories.check.register.ReadValidity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one pass of {@link SessionAnalysis} found, for all four guarantees at once.
 *
 * @param violations    per guarantee, its anomalies (capped)
 * @param invalidReads  reads no store could return ({@link ReadValidity}); they break every guarantee
 * @param sessions      sessions (processes) with register calls
 * @param observations  reads (and ok cas) checked against the guarantees
 * @param ambiguous     reads of values written more than once (or of the initial value written again): skipped
 * @param otherKeys     keys with non-register calls, not checked
 * @param droppedEdges  "known before" edges dropped because they pointed backwards in invocation order
 * @param finished      false when the deadline stopped the pass
 */
record SessionFindings(Map<SessionGuarantee, CappedAnomalies> violations, List<Anomaly> invalidReads,
                       int sessions, int observations, int ambiguous, Set<Object> otherKeys, int droppedEdges,
                       boolean finished) {
}
