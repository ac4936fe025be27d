package io.faultline.workloads.generator;

/** At most {@code remaining} ops from a generator: Jepsen's {@code limit} (and {@code once} for 1). */
record Limit(long remaining, Generator gen) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        if (remaining <= 0) {
            return Step.exhausted();
        }
        Step step = gen.next(ctx);
        if (step instanceof Step.Emit emit) {
            return Step.emit(emit.op(), new Limit(remaining - 1, emit.next()));
        }
        return step;
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        Generator updated = gen.update(ctx, event);
        return updated == gen ? this : new Limit(remaining, updated);
    }
}
