package io.faultline.histories.check.staleread;

import java.util.List;

/**
 * What the stale-read check measured, for reports and {@code results.json}. Lags are over stale reads only.
 *
 * @param readsChecked       ok reads whose value could be attributed to one write (or the initial value)
 * @param staleReads         reads that returned a version older than one certainly committed before they began
 * @param versionLag         how many acknowledged writes the stale reads missed
 * @param timeLagNanos       how long before the read began the first write it missed had completed (ns)
 * @param ambiguousReads     reads of values written more than once, skipped
 * @param anomaliesNotListed anomalies counted but left out of the list
 * @param notes              what was not checked and why
 */
public record StaleReadDetails(int readsChecked, int staleReads, LagStats versionLag, LagStats timeLagNanos,
                               int ambiguousReads, int anomaliesNotListed, List<String> notes) {
    public StaleReadDetails {
        notes = List.copyOf(notes);
    }
}
