package io.faultline.workloads.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Each op from a randomly chosen generator, chosen in proportion to its weight: Jepsen's {@code mix}
 * (which has equal weights). The choice is made once per op and kept while the chosen generator is pending,
 * so a pending generator is not starved by re-asking. Exhausted generators drop out; events are ignored,
 * as in Jepsen.
 *
 * @param gens    the generators
 * @param weights their weights, positive, same length
 * @param chosen  the generator chosen for the next op, or -1 when none is chosen yet
 */
record Mix(List<Generator> gens, List<Double> weights, int chosen) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        Mix state = this;
        while (!state.gens.isEmpty()) {
            int i = state.chosen >= 0 ? state.chosen : state.pick(ctx);
            Step step = state.gens.get(i).next(ctx);
            switch (step) {
                case Step.Emit emit -> {
                    return Step.emit(emit.op(), state.replace(i, emit.next()).choose(state.pick(ctx)));
                }
                case Step.Pending pending -> {
                    return pending;
                }
                case Step.Exhausted exhausted -> state = state.remove(i);
            }
        }
        return Step.exhausted();
    }

    private int pick(GenContext ctx) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = ctx.random().nextDouble() * total;
        for (int i = 0; i < weights.size() - 1; i++) {
            target -= weights.get(i);
            if (target < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }

    private Mix replace(int i, Generator gen) {
        List<Generator> copy = new ArrayList<>(gens);
        copy.set(i, gen);
        return new Mix(List.copyOf(copy), weights, chosen);
    }

    private Mix remove(int i) {
        List<Generator> g = new ArrayList<>(gens);
        List<Double> w = new ArrayList<>(weights);
        g.remove(i);
        w.remove(i);
        return new Mix(List.copyOf(g), List.copyOf(w), -1);
    }

    private Mix choose(int i) {
        return new Mix(gens, weights, i);
    }
}
