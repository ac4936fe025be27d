package io.faultline.workloads.generator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;

/**
 * The generator library: Jepsen's {@code jepsen.generator}, as static factories. Each names the Jepsen
 * function it follows. All generators are immutable values; none reads a clock or makes its own randomness.
 */
public final class Generators {
    private Generators() {
    }

    /** Never emits (Jepsen's {@code nil}). */
    public static Generator nothing() {
        return Nothing.INSTANCE;
    }

    /** One op for any free client worker, then exhausted (Jepsen's op map as a generator). */
    public static Generator op(OpSpec spec) {
        return new SingleOp(spec);
    }

    public static Generator op(String f, Object key, Object value) {
        return op(new OpSpec(f, key, value));
    }

    /** The given ops one after the other, each for any free worker (a Jepsen vector of op maps). */
    public static Generator ops(List<OpSpec> specs) {
        return concat(specs.stream().map(Generators::op).toList());
    }

    /**
     * An op from {@code ops} each time a worker is free, forever, or until it returns {@code null}
     * (Jepsen's function as a generator). Draw randomness only from the argument.
     */
    public static Generator repeatedly(Function<RandomGenerator, OpSpec> ops) {
        return new Repeatedly(ops);
    }

    /** Each generator in turn, without waiting for completions (Jepsen's vector / {@code concat}). */
    public static Generator concat(Generator... gens) {
        return concat(Arrays.asList(gens));
    }

    public static Generator concat(List<Generator> gens) {
        return Concat.of(gens);
    }

    /** Waits until every worker in its context is free, then runs {@code gen} (Jepsen's {@code synchronize}). */
    public static Generator synchronize(Generator gen) {
        return new Synchronize(gen);
    }

    /**
     * {@code first}, then, once all its ops have completed, {@code after} (Jepsen's {@code then}, with the
     * arguments in reading order).
     */
    public static Generator then(Generator first, Generator after) {
        return concat(first, synchronize(after));
    }

    /** Each generator in turn, each starting only when all earlier ops have completed (Jepsen's {@code phases}). */
    public static Generator phases(Generator... gens) {
        return concat(Arrays.stream(gens).map(Generators::synchronize).toList());
    }

    /** Each op from a uniformly chosen generator (Jepsen's {@code mix}). */
    public static Generator mix(Generator... gens) {
        return mix(Arrays.asList(gens));
    }

    public static Generator mix(List<Generator> gens) {
        return weightedMix(gens, Collections.nCopies(gens.size(), 1.0));
    }

    /** Each op from a generator chosen with probability proportional to its weight. */
    public static Generator weightedMix(List<Generator> gens, List<Double> weights) {
        if (gens.size() != weights.size() || weights.stream().anyMatch(w -> !(w > 0))) {
            throw new IllegalArgumentException("a mix needs one positive weight per generator: " + weights);
        }
        return new Mix(List.copyOf(gens), List.copyOf(weights), -1);
    }

    /** The soonest op of several generators (Jepsen's {@code any}). */
    public static Generator any(Generator... gens) {
        return new Any(List.of(gens));
    }

    /** Client ops and nemesis ops side by side (Jepsen's {@code (nemesis nemesis-gen client-gen)}). */
    public static Generator interleave(Generator clients, Generator nemesis) {
        return any(onClients(clients), onNemesis(nemesis));
    }

    /** Runs {@code gen} on the client workers only (Jepsen's {@code clients}). */
    public static Generator onClients(Generator gen) {
        return new OnWorkers(OnWorkers.Target.CLIENTS, gen);
    }

    /** Runs {@code gen} on the nemesis worker only (Jepsen's {@code nemesis} with one argument). */
    public static Generator onNemesis(Generator gen) {
        return new OnWorkers(OnWorkers.Target.NEMESIS, gen);
    }

    /** A separate copy of {@code gen} for every worker (Jepsen's {@code each-thread}). */
    public static Generator eachWorker(Generator gen) {
        return new EachWorker(gen);
    }

    /** At most {@code count} ops (Jepsen's {@code limit}). */
    public static Generator limit(long count, Generator gen) {
        return new Limit(count, gen);
    }

    /** At most one op (Jepsen's {@code once}). */
    public static Generator once(Generator gen) {
        return limit(1, gen);
    }

    /** {@code gen}'s first op, forever, never advancing {@code gen} (Jepsen's {@code repeat}). */
    public static Generator repeat(Generator gen) {
        return new Repeat(-1, gen);
    }

    /** {@code gen}'s first op, {@code times} times (Jepsen's {@code (repeat n gen)}). */
    public static Generator repeat(long times, Generator gen) {
        return new Repeat(Math.max(0, times), gen);
    }

    /** {@code gen} to its end, then again from its start, forever (Jepsen's {@code cycle}). */
    public static Generator cycle(Generator gen) {
        return new Cycle(gen, gen, -1);
    }

    /** {@code gen} to its end, {@code times} times over (Jepsen's {@code (cycle n gen)}). */
    public static Generator cycle(long times, Generator gen) {
        return times <= 0 ? nothing() : new Cycle(gen, gen, times - 1);
    }

    /** Ops until {@code limit} after the first op (Jepsen's {@code time-limit}). */
    public static Generator timeLimit(Duration limit, Generator gen) {
        return new TimeLimit(limit.toNanos(), -1, gen);
    }

    /**
     * Ops spaced by exponentially distributed gaps with the given mean, a Poisson process (Jepsen's
     * {@code stagger}, whose gaps are uniform on [0, 2·mean) instead; the mean is the same).
     */
    public static Generator stagger(Duration meanInterval, Generator gen) {
        return new Paced(Paced.exponential(meanInterval.toNanos()), -1, gen);
    }

    /** Ops at a fixed rate, evenly spaced (Jepsen's {@code delay} with gap 1/rate). */
    public static Generator rate(double opsPerSecond, Generator gen) {
        if (!(opsPerSecond > 0)) {
            throw new IllegalArgumentException("a rate must be positive, not " + opsPerSecond);
        }
        return new Paced(Paced.fixed(Math.round(1e9 / opsPerSecond)), -1, gen);
    }

    /** Keeps one free worker busy for {@code duration}, recording nothing (Jepsen's {@code sleep}). */
    public static Generator sleep(Duration duration) {
        return new Sleep(duration.toNanos());
    }

    /** No op of {@code gen} starts before {@code startNanos} since the start of the run. */
    public static Generator delayUntil(long startNanos, Generator gen) {
        return new DelayUntil(startNanos, gen);
    }

    /**
     * Keys 0, 1, 2, … ({@link Long}s), each worked on by a group of {@code workersPerKey} workers with its own
     * generator (Jepsen's {@code independent/concurrent-generator} over {@code (range)}).
     */
    public static Generator independentKeys(int workersPerKey, Function<Object, Generator> perKey) {
        return new IndependentKeys(workersPerKey, k -> k, Long.MAX_VALUE, perKey, 0, List.of());
    }

    /** As {@link #independentKeys(int, Function)}, over the given keys, in order. */
    public static Generator independentKeys(int workersPerKey, List<?> keys, Function<Object, Generator> perKey) {
        List<?> copy = List.copyOf(keys);
        LongFunction<Object> keyAt = i -> copy.get((int) i);
        return new IndependentKeys(workersPerKey, keyAt, copy.size(), perKey, 0, List.of());
    }
}
