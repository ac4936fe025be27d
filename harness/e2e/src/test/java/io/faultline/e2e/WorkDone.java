package io.faultline.e2e;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a run of a workload must show to have tested anything (issue 11, "no vacuous pass"): its writes
 * acknowledged, and a final read answered for every client worker.
 *
 * @param writes    the functions whose acknowledgement counts (writes, cas, adds; for {@code lookup}, its lookups)
 * @param finalRead the function of the final reads
 * @param afterAll  whether a final read is a read invoked after every write completed ({@code register},
 *                  {@code kv}, {@code set}: the convergence checker's definition); {@code lookup}'s final
 *                  {@code ring-state} is sent in its final phase only
 */
record WorkDone(Set<String> writes, String finalRead, boolean afterAll) {

    private static final Map<String, WorkDone> BY_WORKLOAD = Map.of(
            "register", new WorkDone(Set.of("write", "cas"), "read", true),
            "kv", new WorkDone(Set.of("write", "cas"), "read", true),
            "set", new WorkDone(Set.of("add"), "read", true),
            "lookup", new WorkDone(Set.of("lookup"), "ring-state", false));

    static WorkDone of(String workload) {
        return BY_WORKLOAD.get(workload);
    }

    /** The acknowledged calls that count as writes. */
    long acknowledgedWrites(History history) {
        return history.calls().stream().filter(c -> writes.contains(c.f()) && c.isOk()).count();
    }

    /** The workers ({@code process mod concurrency}, Jepsen's rule) without an {@code ok} final read. */
    Set<Long> workersWithoutFinalRead(History history, int concurrency) {
        long lastWrite = !afterAll ? -1 : history.calls().stream().filter(c -> writes.contains(c.f()))
                .mapToLong(Call::completeIndex).max().orElse(-1);
        Set<Long> missing = new TreeSet<>();
        for (long worker = 0; worker < concurrency; worker++) {
            missing.add(worker);
        }
        history.calls().stream().filter(c -> c.f().equals(finalRead) && c.isOk() && c.invokeIndex() > lastWrite)
                .forEach(c -> missing.remove(c.process() % concurrency));
        return missing;
    }
}
