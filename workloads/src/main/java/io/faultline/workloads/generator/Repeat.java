package io.faultline.workloads.generator;

/**
 * Emits a generator's first op again and again, never advancing it: Jepsen's {@code repeat}. So
 * {@code repeat(op(read))} reads forever, and {@code repeat(3, g)} takes g's first op three times.
 *
 * @param remaining how many more ops, or -1 for no limit
 */
record Repeat(long remaining, Generator gen) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        if (remaining == 0) {
            return Step.exhausted();
        }
        Step step = gen.next(ctx);
        if (step instanceof Step.Emit emit) {
            return Step.emit(emit.op(), new Repeat(remaining < 0 ? -1 : remaining - 1, gen));
        }
        return step;
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        Generator updated = gen.update(ctx, event);
        return updated == gen ? this : new Repeat(remaining, updated);
    }
}
