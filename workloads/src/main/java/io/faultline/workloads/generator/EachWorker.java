package io.faultline.workloads.generator;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives every target worker its own copy of a generator, run on that worker alone: Jepsen's
 * {@code each-thread} (formerly {@code each-process}). The copy belongs to the worker, not the process, so
 * it survives a process being retired after an {@code info}. Typical use: {@code eachWorker(once(read))}
 * for final reads, one per worker (and so one per node the workers are bound to).
 *
 * @param fresh   the generator each worker starts from
 * @param started the state of each worker that has taken at least one op
 */
record EachWorker(Generator fresh, Map<Integer, Generator> started) implements Generator {

    EachWorker(Generator fresh) {
        this(fresh, Map.of());
    }

    @Override
    public Step next(GenContext ctx) {
        Workers targets = ctx.targetWorkers();
        Race race = new Race();
        for (int i = 0; i < targets.size(); i++) {
            int worker = targets.get(i);
            if (ctx.freeWorkers().contains(worker)) {
                race.offer(worker, genOf(worker).next(ctx.restrictTo(Workers.of(worker))));
            } else if (!(genOf(worker) instanceof Nothing)) {
                race.waitFor(Step.NEVER);
            }
        }
        if (!race.hasEmit()) {
            return race.withoutEmit();
        }
        return Step.emit(race.best().op(), with(race.bestIndex(), race.best().next()));
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        if (!ctx.targetWorkers().contains(event.worker())) {
            return this;
        }
        Generator before = genOf(event.worker());
        Generator after = before.update(ctx.restrictTo(Workers.of(event.worker())), event);
        return after == before ? this : with(event.worker(), after);
    }

    private Generator genOf(int worker) {
        return started.getOrDefault(worker, fresh);
    }

    private EachWorker with(int worker, Generator gen) {
        Map<Integer, Generator> copy = new HashMap<>(started);
        copy.put(worker, gen);
        return new EachWorker(fresh, Map.copyOf(copy));
    }
}
