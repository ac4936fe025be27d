package io.faultline.workloads.generator;

/**
 * Waits until every worker of its context is free, then becomes its generator: Jepsen's {@code synchronize}.
 * This is what makes a phase start only after the previous phase's ops have all completed.
 */
record Synchronize(Generator gen) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        if (!ctx.allFree()) {
            return Step.pendingUntilEvent();
        }
        // Once every worker is free the barrier is passed: the emitted state is the child's, unwrapped.
        return gen.next(ctx);
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        Generator updated = gen.update(ctx, event);
        return updated == gen ? this : new Synchronize(updated);
    }
}
