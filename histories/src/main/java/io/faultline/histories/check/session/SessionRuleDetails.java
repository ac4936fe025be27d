package io.faultline.histories.check.session;

import java.util.List;

/**
 * What a session-guarantee check looked at, for reports and {@code results.json}.
 *
 * @param guarantee          the guarantee's name
 * @param sessions           sessions (processes) with register calls
 * @param readsChecked       reads (and ok cas, which observe their expected value) checked
 * @param violations         reads that broke the guarantee
 * @param invalidReads       reads of values nothing wrote, or only failed writes wrote (they break every guarantee)
 * @param anomaliesNotListed anomalies counted but left out of the list
 * @param ambiguousReads     reads of values written more than once, which cannot be attributed and were skipped
 * @param notes              what was not checked and why
 */
public record SessionRuleDetails(String guarantee, int sessions, int readsChecked, int violations,
                                      int invalidReads, int anomaliesNotListed, int ambiguousReads,
                                      List<String> notes) {
    public SessionRuleDetails {
        notes = List.copyOf(notes);
    }
}
