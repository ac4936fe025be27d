package io.faultline.histories.check.sequential;

import java.util.List;

/**
 * What the sequential-consistency search explored, for reports and {@code results.json}.
 *
 * @param model           the model's name
 * @param processes       processes (sessions) with calls to order
 * @param calls           calls ordered: every call the model must place (failed calls and unknown reads left out)
 * @param partitions      the model's partitions, all searched jointly
 * @param steps           choices tried
 * @param memoEntries     configurations (positions, joint state) memoized
 * @param longestOrder    the most calls the complete search placed (all of them when valid)
 * @param nextCalls       the calls that could come next at that furthest point, as the model describes them
 * @param stateAtLongest  the state of those calls' partitions at that point
 * @param foundBy         which phase found an order ({@link SequentialPhases}), or {@code ""}
 * @param millis          wall-clock time of the check
 */
public record SequentialDetails(String model, int processes, int calls, int partitions, long steps,
                                int memoEntries, int longestOrder, List<String> nextCalls, String stateAtLongest,
                                String foundBy, long millis) {
    public SequentialDetails {
        nextCalls = List.copyOf(nextCalls);
    }
}
