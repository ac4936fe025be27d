package io.faultline.workloads;

import io.faultline.histories.check.Checker;
import io.faultline.histories.check.HistoryRequirement;
import io.faultline.histories.model.Model;
import io.faultline.workloads.client.Client;
import io.faultline.workloads.generator.Generator;
import java.util.List;

/**
 * A kind of test: what clients do, how their ops reach a node, and how the history is judged (Jepsen's
 * workload map: {@code :generator}, {@code :final-generator}, {@code :client}, {@code :checker}).
 *
 * <p>Workloads are found by {@link #name()} through {@link Workloads} ({@link java.util.ServiceLoader}): a new
 * workload is one class and one line in {@code META-INF/services/io.faultline.workloads.Workload}.
 *
 * <p>The runner composes a test as
 * {@code phases(interleave(generator, nemesis).timeLimit(t), onNemesis(heal), sleep(settle), finalGenerator)}:
 * the main phase's ops side by side with faults (the limit must wrap both: a nemesis schedule never ends),
 * then healing, a pause, and the final reads that show what the system kept.
 */
public interface Workload {

    /** The registry name: {@code register}, {@code kv}, {@code set}. */
    String name();

    /** One line for {@code --help} and reports. */
    String description();

    /** The options this workload reads (beyond concurrency and timeout), with defaults, for help and checks. */
    default List<WorkloadOption> options() {
        return List.of();
    }

    /**
     * The request types ({@code type} of the bodies) its client sends; the runner refuses, before the run, a
     * system that does not speak one of them. The lin-kv vocabulary by default.
     */
    default List<String> requestTypes() {
        return List.of("read", "write", "cas");
    }

    /** The main phase's client ops, endless: the runner bounds them in time. */
    Generator generator(WorkloadOptions options);

    /** The reads to run once faults are healed, already routed to every client worker. */
    Generator finalGenerator(WorkloadOptions options);

    /** The client that turns this workload's ops into requests. */
    Client client(WorkloadOptions options);

    /** The sequential specification the history is checked against. */
    Model<?> model(WorkloadOptions options);

    /**
     * The checkers to run on the history, strongest model first: a report can then name the strongest model
     * the history satisfies. Each checker names itself ({@link Checker#name()}).
     */
    List<Checker> checkers(WorkloadOptions options);

    /**
     * What a run must show for its verdicts to mean anything (for example an acknowledged add and a final read):
     * a run short of it ends UNKNOWN with the reason, never VALID. At least one acknowledged call by default.
     */
    default List<HistoryRequirement> requirements(WorkloadOptions options) {
        return List.of(HistoryRequirement.anyOk());
    }
}
