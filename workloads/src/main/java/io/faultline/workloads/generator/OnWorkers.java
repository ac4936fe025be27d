package io.faultline.workloads.generator;

/**
 * Runs a generator on a subset of the workers: Jepsen's {@code on-threads}, {@code clients} and
 * {@code nemesis}. The child sees only those workers, so its ops, its {@code synchronize} barriers and its
 * events all concern them alone.
 */
record OnWorkers(Target target, Generator gen) implements Generator {

    /** Which workers a routed generator may use. */
    enum Target {
        CLIENTS, NEMESIS;

        private static final Workers NEMESIS_ONLY = Workers.of(Workers.NEMESIS);

        Workers select(Workers all) {
            return this == CLIENTS ? all.without(Workers.NEMESIS) : all.intersect(NEMESIS_ONLY);
        }
    }

    @Override
    public Step next(GenContext ctx) {
        Step step = gen.next(restrict(ctx));
        if (step instanceof Step.Emit emit) {
            return Step.emit(emit.op(), new OnWorkers(target, emit.next()));
        }
        return step;
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        GenContext restricted = restrict(ctx);
        if (!restricted.workers().contains(event.worker())) {
            return this;
        }
        Generator updated = gen.update(restricted, event);
        return updated == gen ? this : new OnWorkers(target, updated);
    }

    private GenContext restrict(GenContext ctx) {
        return ctx.restrictTo(target.select(ctx.workers()));
    }
}
