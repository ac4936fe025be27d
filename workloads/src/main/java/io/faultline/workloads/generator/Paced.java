package io.faultline.workloads.generator;

import java.util.random.RandomGenerator;

/**
 * Spaces a generator's ops in time: Jepsen's {@code stagger} (random gaps) and {@code delay} (fixed gaps).
 * Gaps are measured between scheduled times, not completions, so that a run that falls behind (all workers
 * busy) catches up and the long-run rate is kept, as in Jepsen.
 *
 * @param gaps          how long to wait after each op
 * @param nextTimeNanos the earliest time of the next op, or -1 before the first
 */
record Paced(Gaps gaps, long nextTimeNanos, Generator gen) implements Generator {

    /** The gap after an op, in nanoseconds. */
    interface Gaps {
        long nextGapNanos(RandomGenerator random);
    }

    /** Exponential gaps with the given mean: ops arrive as a Poisson process. */
    static Gaps exponential(long meanNanos) {
        return random -> Math.round(-meanNanos * Math.log(1.0 - random.nextDouble()));
    }

    static Gaps fixed(long gapNanos) {
        return random -> gapNanos;
    }

    @Override
    public Step next(GenContext ctx) {
        Step step = gen.next(ctx);
        if (!(step instanceof Step.Emit emit)) {
            return step;
        }
        long scheduled = nextTimeNanos >= 0 ? nextTimeNanos : ctx.timeNanos();
        long start = Math.max(Math.max(ctx.timeNanos(), scheduled), emit.op().timeNanos());
        long following = scheduled + gaps.nextGapNanos(ctx.random());
        return Step.emit(emit.op().withTime(start), new Paced(gaps, following, emit.next()));
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        Generator updated = gen.update(ctx, event);
        return updated == gen ? this : new Paced(gaps, nextTimeNanos, updated);
    }
}
