package io.faultline.workloads.register;

import io.faultline.workloads.generator.GenContext;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.OpSpec;
import io.faultline.workloads.generator.Ops;
import io.faultline.workloads.generator.Step;
import java.util.random.RandomGenerator;

/**
 * Reads, writes and compare-and-sets on one key, a third each (Jepsen's {@code (mix [r w cas])}), forever.
 *
 * <p>Every value written (by a write or as a cas's new value) is fresh: 1, 2, 3, … Linearizability does not
 * need that, but the weaker checkers do, to tell which write a read saw; it also keeps the checker's search
 * small. A cas expects one of the last three values written, so that it succeeds often enough to matter.
 *
 * @param key         the register's key
 * @param lastWritten the last value handed out, 0 before the first write
 */
public record RegisterOps(Object key, long lastWritten) implements Generator {

    /** How far back a cas's expected value may reach among the values written. */
    private static final int CAS_LOOKBACK = 3;

    @Override
    public Step next(GenContext ctx) {
        if (!ctx.hasFreeTarget()) {
            return Step.pendingUntilEvent();
        }
        RandomGenerator random = ctx.random();
        return switch (random.nextInt(3)) {
            case 0 -> Ops.fill(ctx, OpSpec.read(key), this);
            case 1 -> Ops.fill(ctx, OpSpec.write(key, lastWritten + 1), new RegisterOps(key, lastWritten + 1));
            default -> lastWritten == 0
                    ? Ops.fill(ctx, OpSpec.write(key, 1L), new RegisterOps(key, 1))
                    : Ops.fill(ctx, cas(random), new RegisterOps(key, lastWritten + 1));
        };
    }

    private OpSpec cas(RandomGenerator random) {
        long expected = Math.max(1, lastWritten - random.nextInt(CAS_LOOKBACK));
        return OpSpec.cas(key, expected, lastWritten + 1);
    }
}
