package io.faultline.histories.check.staleread;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CappedAnomalies;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.register.Conventions;
import io.faultline.histories.check.register.ReadValidity;
import io.faultline.histories.check.register.WriteIndex;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stale reads, measured: an ok read of key k that returned version w (a write, or the initial value) is stale
 * when an acknowledged write of k completed before the read was invoked and was invoked after w completed. Such
 * a write certainly followed w, in real time, and had taken effect before the read began, so a linearizable
 * (indeed any real-time-respecting) store could not have returned w. Sound under the unique-values convention;
 * reads of values written more than once are skipped (the verdict is then UNKNOWN, not VALID).
 *
 * <p>For each stale read, the <em>version lag</em> is the number of such writes, and the <em>time lag</em> is
 * the read's invocation time minus the earliest completion time among them (ns). The anomaly list is capped at
 * {@value CappedAnomalies#DEFAULT_CAP}; the details count the rest. Only {@code read}/{@code get} count as reads
 * here. O(n log n) in the history.
 */
public final class StaleReadChecker implements Checker {
    public static final String NAME = "stale-reads";

    private final Conventions conventions;

    /** For histories of {@code model}: its initial value and its convention on uninformative reads. */
    public StaleReadChecker(Model<?> model) {
        this.conventions = Conventions.of(model);
    }

    /** Every key starts at nil. */
    public StaleReadChecker() {
        this.conventions = Conventions.NIL;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(History history, Budget budget) {
        WriteIndex index = WriteIndex.of(history, conventions);
        CappedAnomalies anomalies = new CappedAnomalies();
        anomalies.addAll(ReadValidity.anomalies(history, index));
        List<StaleReadScan.Stale> stale = new ArrayList<>();
        StaleReadScan scan = new StaleReadScan();
        long deadline = budget.deadlineNanos();
        boolean finished = true;
        Map<Object, List<Call>> byKey = history.callsByKey();
        for (Object key : index.registerKeys()) {
            finished = System.nanoTime() - deadline < 0;
            if (!finished) {
                break;
            }
            scan.scan(key, byKey.get(key), index, stale, anomalies);
        }
        StaleReadDetails details = details(scan, stale, anomalies, index);
        return result(details, anomalies, finished, index);
    }

    private static StaleReadDetails details(StaleReadScan scan, List<StaleReadScan.Stale> stale,
                                            CappedAnomalies anomalies, WriteIndex index) {
        long[] versions = stale.stream().mapToLong(StaleReadScan.Stale::versionLag).toArray();
        long[] times = stale.stream().mapToLong(StaleReadScan.Stale::timeLagNanos).toArray();
        List<String> notes = new ArrayList<>();
        if (!index.otherKeys().isEmpty()) {
            notes.add(index.otherKeys().size() + " keys with functions other than register ones were not checked");
        }
        return new StaleReadDetails(scan.checked, stale.size(), LagStats.of(versions), LagStats.of(times),
                scan.ambiguous, anomalies.notListed(), notes);
    }

    private static CheckResult result(StaleReadDetails d, CappedAnomalies anomalies, boolean finished,
                                      WriteIndex index) {
        if (!anomalies.isEmpty()) {
            String lags = d.staleReads() == 0 ? "" : " (version lag max " + d.versionLag().max() + ", p50 "
                    + d.versionLag().p50() + "; time lag max " + d.timeLagNanos().max() + " ns)";
            return CheckResult.invalid(NAME, d.staleReads() + " stale reads of " + d.readsChecked() + lags
                    + "; first: " + anomalies.listed().get(0).description(), anomalies.listed(), d);
        }
        if (!finished || d.ambiguousReads() > 0 || (index.registerKeys().isEmpty() && !index.otherKeys().isEmpty())) {
            String why = !finished ? "the time limit stopped the check"
                    : d.ambiguousReads() > 0 ? d.ambiguousReads() + " reads returned values written more than once"
                    : "no register calls to check";
            return CheckResult.unknown(NAME, "unknown: " + why + "; no stale read among " + d.readsChecked()
                    + " reads", d);
        }
        return CheckResult.valid(NAME, "no stale reads among " + d.readsChecked() + " reads", d);
    }
}
