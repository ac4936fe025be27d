package io.faultline.workloads.generator;

import java.util.List;

/**
 * Each generator in turn, moving on as soon as one is exhausted, without waiting for its ops to complete:
 * Jepsen's vector or {@code concat} of generators. Events go to the current generator.
 */
record Concat(Generator current, List<Generator> rest) implements Generator {

    static Generator of(List<Generator> generators) {
        if (generators.isEmpty()) {
            return Nothing.INSTANCE;
        }
        List<Generator> all = List.copyOf(generators);
        return new Concat(all.get(0), all.subList(1, all.size()));
    }

    @Override
    public Step next(GenContext ctx) {
        Concat state = this;
        while (true) {
            Step step = state.current.next(ctx);
            if (step instanceof Step.Emit emit) {
                return Step.emit(emit.op(), new Concat(emit.next(), state.rest));
            }
            if (step instanceof Step.Pending || state.rest.isEmpty()) {
                return step;
            }
            state = new Concat(state.rest.get(0), state.rest.subList(1, state.rest.size()));
        }
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        Generator updated = current.update(ctx, event);
        return updated == current ? this : new Concat(updated, rest);
    }
}
