package io.faultline.workloads.lookup;

import static io.faultline.workloads.generator.Generators.eachWorker;
import static io.faultline.workloads.generator.Generators.ops;
import static io.faultline.workloads.generator.Generators.repeatedly;

import io.faultline.histories.check.Checker;
import io.faultline.histories.check.HistoryRequirement;
import io.faultline.histories.model.Model;
import io.faultline.workloads.Workload;
import io.faultline.workloads.WorkloadOption;
import io.faultline.workloads.WorkloadOptions;
import io.faultline.workloads.client.Client;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.OpSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * DHT lookups (Chord §4): clients ask any node {@code lookup {key}} and record the owner it names and the hops it
 * took; at the end every worker reads every node's view of the ring ({@code ring-state}) and looks up a few more
 * keys. {@link LookupChecker} judges the answers against an oracle of the live ring.
 */
public final class LookupWorkload implements Workload {

    static final WorkloadOption KEYS = new WorkloadOption("keys", "1000", "lookups are of keys 0 … keys-1");
    static final WorkloadOption SETTLE = new WorkloadOption("settle-ms", "2000",
            "how long after the start or a heal the ring must be right again; lookups before that are not judged");
    private static final int FINAL_LOOKUPS = 10;

    @Override
    public String name() {
        return "lookup";
    }

    @Override
    public String description() {
        return "DHT lookups checked against an oracle of the live ring, with hop counts and the ring invariant";
    }

    @Override
    public List<WorkloadOption> options() {
        return List.of(KEYS, SETTLE);
    }

    @Override
    public List<String> requestTypes() {
        return List.of("lookup", "ring_state");
    }

    @Override
    public Generator generator(WorkloadOptions options) {
        options.requireKnown(name(), options());
        long keys = keyCount(options);
        return repeatedly(random -> new OpSpec(LookupClient.LOOKUP, random.nextLong(keys), null));
    }

    /** Every worker reads the whole ring's state, then looks up a few keys in the quiet ring. */
    @Override
    public Generator finalGenerator(WorkloadOptions options) {
        List<OpSpec> last = new ArrayList<>();
        last.add(new OpSpec(LookupClient.RING_STATE, null, null));
        long keys = keyCount(options);
        for (int i = 0; i < FINAL_LOOKUPS; i++) {
            last.add(new OpSpec(LookupClient.LOOKUP, (i * 7919L) % keys, null));
        }
        return eachWorker(ops(last));
    }

    @Override
    public Client client(WorkloadOptions options) {
        return new LookupClient(options.timeout());
    }

    @Override
    public Model<?> model(WorkloadOptions options) {
        return new LookupModel();
    }

    /** An acknowledged lookup: without one the ownership oracle has nothing to judge. */
    @Override
    public List<HistoryRequirement> requirements(WorkloadOptions options) {
        return List.of(HistoryRequirement.anOk("lookup"));
    }

    @Override
    public List<Checker> checkers(WorkloadOptions options) {
        return List.of(new LookupChecker(Duration.ofMillis(options.integer(SETTLE.name(), 2000))));
    }

    private static long keyCount(WorkloadOptions options) {
        long keys = options.integer(KEYS.name(), 1000);
        if (keys < 1) {
            throw new IllegalArgumentException("option keys must be at least 1, not " + keys);
        }
        return keys;
    }
}
