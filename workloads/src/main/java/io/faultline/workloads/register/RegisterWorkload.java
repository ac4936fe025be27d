package io.faultline.workloads.register;

import static io.faultline.workloads.generator.Generators.eachWorker;
import static io.faultline.workloads.generator.Generators.op;

import io.faultline.histories.check.Checker;
import io.faultline.histories.check.HistoryRequirement;
import io.faultline.histories.check.convergence.ConvergenceChecker;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.check.sequential.SequentialChecker;
import io.faultline.histories.check.session.SessionGuaranteesChecker;
import io.faultline.histories.check.staleread.StaleReadChecker;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.Model;
import io.faultline.workloads.Workload;
import io.faultline.workloads.WorkloadOptions;
import io.faultline.workloads.client.Client;
import io.faultline.workloads.client.LinKvClient;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.OpSpec;
import java.util.List;

/**
 * Jepsen's linearizable register: one key, read/write/cas, unique written values, checked against a
 * compare-and-set register that starts at nil (a read of a missing key is an ok read of nil).
 */
public final class RegisterWorkload implements Workload {
    /** The lin-kv key the register lives in. */
    public static final Long KEY = 0L;

    @Override
    public String name() {
        return "register";
    }

    @Override
    public String description() {
        return "one register: read, write and cas of unique values, checked for linearizability";
    }

    @Override
    public Generator generator(WorkloadOptions options) {
        options.requireKnown(name(), options());
        return new RegisterOps(KEY, 0);
    }

    @Override
    public Generator finalGenerator(WorkloadOptions options) {
        return eachWorker(op(OpSpec.read(KEY)));
    }

    @Override
    public Client client(WorkloadOptions options) {
        return new LinKvClient(options.timeout());
    }

    @Override
    public Model<?> model(WorkloadOptions options) {
        return new CasRegisterModel();
    }

    /** The run must have acknowledged writes and reads to have tested anything. */
    @Override
    public List<HistoryRequirement> requirements(WorkloadOptions options) {
        return List.of(HistoryRequirement.anOk("write", "cas"), HistoryRequirement.anOk("read"));
    }

    @Override
    public List<Checker> checkers(WorkloadOptions options) {
        Model<?> model = model(options);
        return List.of(new LinearizabilityChecker(model), new SequentialChecker(model),
                new SessionGuaranteesChecker(model), new StaleReadChecker(model), new ConvergenceChecker(model));
    }
}
