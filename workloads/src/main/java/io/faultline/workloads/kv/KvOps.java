package io.faultline.workloads.kv;

import io.faultline.workloads.generator.GenContext;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.OpSpec;
import io.faultline.workloads.generator.Ops;
import io.faultline.workloads.generator.Step;

/**
 * Gets and puts (lin-kv {@code read} and {@code write}) on keys {@code 0 … n-1} drawn from a Zipf
 * distribution, so that a few hot keys see most of the contention, as in real stores. Every value written is
 * fresh (1, 2, 3, … across all keys, hence unique per key), so a read names the one write it saw.
 *
 * @param keys         key ranks; rank r is key r-1, so key 0 is the hottest
 * @param readFraction the probability that an op is a read
 * @param lastWritten  the last value handed out
 */
public record KvOps(ZipfSampler keys, double readFraction, long lastWritten) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        if (!ctx.hasFreeTarget()) {
            return Step.pendingUntilEvent();
        }
        Long key = (long) keys.sample(ctx.random()) - 1;
        if (ctx.random().nextDouble() < readFraction) {
            return Ops.fill(ctx, OpSpec.read(key), this);
        }
        return Ops.fill(ctx, OpSpec.write(key, lastWritten + 1), new KvOps(keys, readFraction, lastWritten + 1));
    }
}
