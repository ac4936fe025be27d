package io.faultline.histories.check.convergence;

import io.faultline.histories.check.Verdict;

/**
 * How one key ended, for reports.
 *
 * @param key        the key ({@link io.faultline.histories.History#NO_KEY} for a single register)
 * @param type       {@code register} or {@code set}; {@code other} for keys with functions not understood
 * @param verdict    this key's verdict
 * @param finalReads reads invoked after every write of the key had returned
 * @param finalValue what they converged to ({@code nil}, {@code 3}, {@code 12 elements}), or {@code ""}
 * @param diverged   whether the final reads disagree
 * @param lostWrites acknowledged writes (or adds) the final value lacks
 * @param note       one line on anything unusual, or {@code ""}
 */
public record KeyConvergence(String key, String type, Verdict verdict, int finalReads, String finalValue,
                             boolean diverged, int lostWrites, String note) {
}
