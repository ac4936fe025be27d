package io.faultline.workloads.kv;

import static io.faultline.workloads.generator.Generators.eachWorker;
import static io.faultline.workloads.generator.Generators.ops;

import io.faultline.histories.check.Checker;
import io.faultline.histories.check.HistoryRequirement;
import io.faultline.histories.check.convergence.ConvergenceChecker;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import io.faultline.histories.check.sequential.SequentialChecker;
import io.faultline.histories.check.session.SessionGuaranteesChecker;
import io.faultline.histories.check.staleread.StaleReadChecker;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.Model;
import io.faultline.workloads.Workload;
import io.faultline.workloads.WorkloadOption;
import io.faultline.workloads.WorkloadOptions;
import io.faultline.workloads.client.Client;
import io.faultline.workloads.client.LinKvClient;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.OpSpec;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Many keys, Zipf-distributed, put and get: checked for linearizability key by key (each key is an
 * independent register, so the history splits by key), and by the weaker models.
 */
public final class KvWorkload implements Workload {
    static final WorkloadOption KEYS = new WorkloadOption("keys", "10", "how many keys (0 … keys-1)");
    static final WorkloadOption EXPONENT = new WorkloadOption("zipf-exponent", "1.0",
            "skew of key popularity: 0 is uniform, larger is hotter");
    static final WorkloadOption READS = new WorkloadOption("read-fraction", "0.5", "share of ops that are gets");

    @Override
    public String name() {
        return "kv";
    }

    @Override
    public String description() {
        return "many keys (Zipf-distributed), put and get of unique values, checked per key";
    }

    @Override
    public List<WorkloadOption> options() {
        return List.of(KEYS, EXPONENT, READS);
    }

    @Override
    public Generator generator(WorkloadOptions options) {
        options.requireKnown(name(), options());
        double readFraction = options.decimal(READS.name(), 0.5);
        if (!(readFraction >= 0 && readFraction <= 1)) {
            throw new IllegalArgumentException("option read-fraction must be between 0 and 1, not " + readFraction);
        }
        return new KvOps(new ZipfSampler(keyCount(options), options.decimal(EXPONENT.name(), 1.0)), readFraction, 0);
    }

    /** Every worker reads every key, so that each node's final state is seen. */
    @Override
    public Generator finalGenerator(WorkloadOptions options) {
        List<OpSpec> reads = LongStream.range(0, keyCount(options)).mapToObj(k -> OpSpec.read((Long) k)).toList();
        return eachWorker(ops(reads));
    }

    @Override
    public Client client(WorkloadOptions options) {
        return new LinKvClient(options.timeout());
    }

    @Override
    public Model<?> model(WorkloadOptions options) {
        return new KvModel();
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

    private static int keyCount(WorkloadOptions options) {
        long keys = options.integer(KEYS.name(), 10);
        if (keys < 1 || keys > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("option keys must be between 1 and " + Integer.MAX_VALUE + ", not " + keys);
        }
        return (int) keys;
    }
}
