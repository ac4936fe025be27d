package io.faultline.workloads.generator;

/**
 * Runs a generator to exhaustion, then starts it again from its first state: Jepsen's {@code cycle}. This is
 * how a finite schedule repeats, such as a nemesis's {@code start, sleep, stop, sleep}; contrast
 * {@link Repeat}, which never advances its generator.
 *
 * @param original  the state each cycle starts from
 * @param current   the state within the current cycle
 * @param remaining cycles left after the current one, or -1 for no limit
 */
record Cycle(Generator original, Generator current, long remaining) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        Cycle state = this;
        // Bounded: a generator exhausted from its very first state would otherwise cycle forever.
        for (boolean restarted = false; ; restarted = true) {
            Step step = state.current.next(ctx);
            if (step instanceof Step.Emit emit) {
                return Step.emit(emit.op(), new Cycle(original, emit.next(), state.remaining));
            }
            if (step instanceof Step.Pending || state.remaining == 0 || (restarted && state.current == original)) {
                return step;
            }
            state = new Cycle(original, original, state.remaining < 0 ? -1 : state.remaining - 1);
        }
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        Generator updated = current.update(ctx, event);
        return updated == current ? this : new Cycle(original, updated, remaining);
    }
}
