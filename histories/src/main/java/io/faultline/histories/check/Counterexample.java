package io.faultline.histories.check;

import io.faultline.histories.Call;
import java.util.List;

/**
 * Why a history is not linearizable, in the smallest terms the checker found: the key (partition) whose
 * sub-history fails and has the fewest calls, the longest order of its calls that the model accepts, and the
 * call that cannot be placed after it.
 *
 * @param key              the failing partition's key ({@link io.faultline.histories.History#NO_KEY} for a register)
 * @param calls            the failing partition's calls (after shrinking, when shrinking succeeded)
 * @param longestPrefix    ids of the calls in the longest linearizable order found, in that order
 * @param stateAfterPrefix the model state after that order, described by the model
 * @param unplaceable      id of the call that could not be placed next (its deadline passed); -1 if none
 * @param unplaceableText  the model's description of that call
 * @param shrunk           whether {@code calls} is a shrunk sub-history that still fails on its own
 */
public record Counterexample(Object key, List<Call> calls, List<Integer> longestPrefix, String stateAfterPrefix,
                             int unplaceable, String unplaceableText, boolean shrunk) {
    public Counterexample {
        calls = List.copyOf(calls);
        longestPrefix = List.copyOf(longestPrefix);
    }
}
