package io.faultline.nemesis;

import io.faultline.histories.Op;
import io.faultline.workloads.generator.GenContext;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.Invocation;
import io.faultline.workloads.generator.OpSpec;
import io.faultline.workloads.generator.Step;
import io.faultline.workloads.generator.Workers;
import java.util.List;

/**
 * When faults start and stop: quiet for an interval, one fault for an interval, healed, quiet again, and so on,
 * taking the nemeses in turn (a combination {@code partition,kill} alternates partitions and crashes). At
 * {@code endNanos} a fault still in force is healed and the schedule ends, so the final reads always meet a
 * healed cluster. A pure generator for the nemesis worker only (wrap it in {@code onNemesis}); what each fault
 * hits is drawn later, by the {@link Nemesis} itself, from its own seeded stream.
 *
 * <p>One fault at a time, unlike Jepsen's composed nemeses which may overlap: it keeps every fault's effect
 * readable in the history, and healing one kind never undoes another that shares a mechanism (latency and
 * loss both heal with {@code Net.fast()}).
 *
 * @param faults        the start and stop {@code f} of each nemesis, in turn order
 * @param intervalNanos how long each fault, and each quiet spell, lasts
 * @param endNanos      when the last fault is healed
 * @param turn          how many faults have started so far
 * @param inForce       whether the current turn's fault has started and not stopped
 * @param nextAtNanos   when the next start or stop happens
 */
record NemesisSchedule(List<Fault> faults, long intervalNanos, long endNanos, int turn, boolean inForce,
                       long nextAtNanos) implements Generator {

    /** The history's names for injecting and healing one kind of fault. */
    record Fault(String startF, String stopF) {
    }

    NemesisSchedule {
        faults = List.copyOf(faults);
        if (faults.isEmpty() || intervalNanos <= 0) {
            throw new IllegalArgumentException("a schedule needs faults and a positive interval");
        }
    }

    /** The schedule of a run whose faults may start from {@code startNanos}, the first after one quiet interval. */
    static NemesisSchedule of(List<Fault> faults, long intervalNanos, long startNanos, long endNanos) {
        return new NemesisSchedule(faults, intervalNanos, endNanos, 0, false, startNanos + intervalNanos);
    }

    @Override
    public Step next(GenContext ctx) {
        if (!ctx.freeWorkers().contains(Workers.NEMESIS)) {
            return Step.pendingUntilEvent();
        }
        Fault fault = faults.get(turn % faults.size());
        if (inForce) {
            long at = Math.min(nextAtNanos, endNanos);
            return emit(fault.stopF(), at, new NemesisSchedule(faults, intervalNanos, endNanos, turn + 1, false,
                    at + intervalNanos));
        }
        if (nextAtNanos >= endNanos) {
            return Step.exhausted();
        }
        return emit(fault.startF(), nextAtNanos, new NemesisSchedule(faults, intervalNanos, endNanos, turn, true,
                nextAtNanos + intervalNanos));
    }

    private static Step emit(String f, long atNanos, Generator next) {
        return new Step.Emit(Invocation.operation(Op.NEMESIS, new OpSpec(f, null, null), atNanos), next);
    }
}
