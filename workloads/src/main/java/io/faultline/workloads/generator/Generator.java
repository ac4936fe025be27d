package io.faultline.workloads.generator;

import java.time.Duration;

/**
 * A pure, immutable source of operations: Jepsen's generator protocol ({@code op}, {@code update}).
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #next} is a function of this state and the context (including the draws it makes from the
 *       context's random source). It returns an op for a <em>free</em> process of the context together with the
 *       state after that op, or {@link Step.Pending}, or {@link Step.Exhausted}. It never mutates anything.</li>
 *   <li>An exhausted state stays exhausted. A pending state changes only through {@link #update} or a later
 *       time.</li>
 *   <li>{@link #update} returns the state after an invocation or a completion has happened; most generators
 *       ignore events and return {@code this}.</li>
 * </ul>
 * Build generators with {@link Generators}; the default methods here are the same combinators, fluent.
 */
public interface Generator {

    /** Asks for the next op. */
    Step next(GenContext ctx);

    /** Reacts to an invocation or completion of an op this generator (or another) emitted. */
    default Generator update(GenContext ctx, GenEvent event) {
        return this;
    }

    /** {@link Generators#limit}. */
    default Generator limit(long count) {
        return Generators.limit(count, this);
    }

    /** {@link Generators#timeLimit}. */
    default Generator timeLimit(Duration limit) {
        return Generators.timeLimit(limit, this);
    }

    /** {@link Generators#stagger}. */
    default Generator stagger(Duration meanInterval) {
        return Generators.stagger(meanInterval, this);
    }

    /** {@link Generators#rate}. */
    default Generator rate(double opsPerSecond) {
        return Generators.rate(opsPerSecond, this);
    }

    /** {@link Generators#then}: this, then wait for every op, then {@code after}. */
    default Generator then(Generator after) {
        return Generators.then(this, after);
    }
}
