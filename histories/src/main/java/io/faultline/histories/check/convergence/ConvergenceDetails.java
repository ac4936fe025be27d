package io.faultline.histories.check.convergence;

import java.util.List;

/**
 * What the convergence check found, for reports and {@code results.json}.
 *
 * @param keys               per key (the first {@link #KEYS_LISTED}; the counts cover all)
 * @param keysChecked        keys with final reads
 * @param keysWithoutFinals  keys with no read after their last write (their verdict is UNKNOWN)
 * @param divergentKeys      keys whose final reads disagree
 * @param lostWrites         acknowledged writes or adds lost, over all keys
 * @param anomaliesNotListed anomalies counted but left out of the list
 */
public record ConvergenceDetails(List<KeyConvergence> keys, int keysChecked, int keysWithoutFinals,
                                 int divergentKeys, int lostWrites, int anomaliesNotListed) {
    public static final int KEYS_LISTED = 1000;

    public ConvergenceDetails {
        keys = List.copyOf(keys);
    }
}
