package io.faultline.workloads.generator;

import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Calls a function for each op, forever, or until it returns {@code null}: Jepsen's function-as-generator.
 * The function is only called when a process is free, so it never draws randomness for an op it cannot place.
 */
record Repeatedly(Function<RandomGenerator, OpSpec> ops) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        if (!ctx.hasFreeTarget()) {
            return Step.pendingUntilEvent();
        }
        OpSpec spec = ops.apply(ctx.random());
        return spec == null ? Step.exhausted() : Ops.fill(ctx, spec, this);
    }
}
