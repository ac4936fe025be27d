package io.faultline.workloads.set;

import static io.faultline.workloads.generator.Generators.eachWorker;
import static io.faultline.workloads.generator.Generators.op;

import io.faultline.histories.check.Checker;
import io.faultline.histories.check.HistoryRequirement;
import io.faultline.histories.check.convergence.ConvergenceChecker;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.model.Model;
import io.faultline.histories.model.SetModel;
import io.faultline.workloads.Workload;
import io.faultline.workloads.WorkloadOption;
import io.faultline.workloads.WorkloadOptions;
import io.faultline.workloads.client.Client;
import io.faultline.workloads.generator.Generator;
import java.util.List;

/**
 * A grow-only set of unique integers held in one lin-kv key ({@link SetClient}), with occasional reads and a
 * final read by every worker: checked for lost writes (acknowledged adds missing from the final reads).
 */
public final class SetWorkload implements Workload {
    /** The lin-kv key that holds the set. */
    public static final Long KEY = 0L;

    static final WorkloadOption READS = new WorkloadOption("read-fraction", "0.05",
            "share of ops that read the whole set before the final reads");
    static final WorkloadOption ATTEMPTS = new WorkloadOption("cas-attempts", "10",
            "how often an add retries its compare-and-set after losing a race");

    @Override
    public String name() {
        return "set";
    }

    @Override
    public String description() {
        return "a grow-only set of unique integers with final reads, checked for lost writes";
    }

    @Override
    public List<WorkloadOption> options() {
        return List.of(READS, ATTEMPTS);
    }

    @Override
    public Generator generator(WorkloadOptions options) {
        options.requireKnown(name(), options());
        double readFraction = options.decimal(READS.name(), 0.05);
        if (!(readFraction >= 0 && readFraction < 1)) {
            throw new IllegalArgumentException("option read-fraction must be at least 0 and below 1, not "
                    + readFraction);
        }
        return new SetOps(readFraction, 0);
    }

    @Override
    public Generator finalGenerator(WorkloadOptions options) {
        return eachWorker(op("read", null, null));
    }

    @Override
    public Client client(WorkloadOptions options) {
        long attempts = options.integer(ATTEMPTS.name(), 10);
        if (attempts < 1 || attempts > 1000) {
            throw new IllegalArgumentException("option cas-attempts must be between 1 and 1000, not " + attempts);
        }
        return new SetClient(KEY, options.timeout(), (int) attempts);
    }

    @Override
    public Model<?> model(WorkloadOptions options) {
        return new SetModel();
    }

    /** An acknowledged add and a final read: without them the lost-add check has nothing to judge. */
    @Override
    public List<HistoryRequirement> requirements(WorkloadOptions options) {
        return List.of(HistoryRequirement.anOk("add"), HistoryRequirement.aFinalRead());
    }

    @Override
    public List<Checker> checkers(WorkloadOptions options) {
        return List.of(new LinearizabilityChecker(model(options)), new ConvergenceChecker(model(options)));
    }
}
