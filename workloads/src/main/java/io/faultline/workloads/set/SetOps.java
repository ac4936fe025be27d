package io.faultline.workloads.set;

import io.faultline.workloads.generator.GenContext;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.OpSpec;
import io.faultline.workloads.generator.Ops;
import io.faultline.workloads.generator.Step;

/**
 * Adds of the integers 0, 1, 2, … (each once), with an occasional read of the whole set: Jepsen's set
 * workload. Unique elements let the checker tell exactly which acknowledged adds were lost.
 *
 * @param readFraction the probability that an op is a read
 * @param nextElement  the next element to add
 */
public record SetOps(double readFraction, long nextElement) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        if (!ctx.hasFreeTarget()) {
            return Step.pendingUntilEvent();
        }
        if (ctx.random().nextDouble() < readFraction) {
            return Ops.fill(ctx, new OpSpec("read", null, null), this);
        }
        return Ops.fill(ctx, new OpSpec("add", null, nextElement), new SetOps(readFraction, nextElement + 1));
    }
}
