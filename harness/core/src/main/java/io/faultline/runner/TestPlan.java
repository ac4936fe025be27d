package io.faultline.runner;

import static io.faultline.workloads.generator.Generators.any;
import static io.faultline.workloads.generator.Generators.nothing;
import static io.faultline.workloads.generator.Generators.onClients;
import static io.faultline.workloads.generator.Generators.onNemesis;
import static io.faultline.workloads.generator.Generators.op;
import static io.faultline.workloads.generator.Generators.phases;
import static io.faultline.workloads.generator.Generators.sleep;

import io.faultline.histories.Op;
import io.faultline.nemesis.CombinedNemesis;
import io.faultline.workloads.Workload;
import io.faultline.workloads.WorkloadOptions;
import io.faultline.workloads.generator.Generator;
import java.time.Duration;

/**
 * The whole run as one generator, as {@link Workload} describes it: the main phase (client ops, paced and time
 * limited, side by side with the nemesis schedule, which heals at the time limit), then a quiet recovery, then the
 * {@link Op#FINAL_READS} line, then the final reads. Each phase starts only once every op of the previous one has
 * completed.
 */
final class TestPlan {

    private TestPlan() {
    }

    /** The generator of a run whose main phase starts at {@code startNanos} on the event loop. */
    static Generator of(TestSpec spec, Workload workload, WorkloadOptions options, CombinedNemesis nemesis,
                        long startNanos) {
        long endNanos = startNanos + spec.timeLimit().toNanos();
        Duration meanGap = Duration.ofNanos(Math.round(1e9 / spec.ratePerSecond()));
        Generator clients = workload.generator(options).stagger(meanGap).timeLimit(spec.timeLimit());
        Generator faults = nemesis.schedule(spec.nemesisInterval(), startNanos, endNanos);
        Generator main = any(onClients(clients), onNemesis(faults));
        Generator recovery = spec.recoveryTime().isZero() ? nothing() : sleep(spec.recoveryTime());
        // the marker line shows checks where the final reads begin, faults or not (Op.FINAL_READS)
        Generator marker = onNemesis(op(Op.FINAL_READS, null, null));
        return phases(main, recovery, marker, workload.finalGenerator(options));
    }

    /**
     * The latest time the run may take: the phases' lengths plus generous room for the final reads, after which
     * the runner stops waiting and keeps the history as it is (unfinished ops count as unknown).
     */
    static long deadlineNanos(TestSpec spec, long startNanos) {
        long finalReadsNanos = 10 * spec.clientTimeout().toNanos() + Duration.ofSeconds(10).toNanos();
        return startNanos + spec.timeLimit().toNanos() + spec.recoveryTime().toNanos() + finalReadsNanos;
    }
}
