package io.faultline.workloads.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks every generator and takes the soonest op (the first asked on a tie): Jepsen's {@code any}. Events go
 * to every generator. Exhausted when all are. With disjoint worker routing ({@code onClients},
 * {@code onNemesis}) this runs independent streams side by side.
 */
record Any(List<Generator> gens) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        Race race = new Race();
        for (int i = 0; i < gens.size(); i++) {
            race.offer(i, gens.get(i).next(ctx));
        }
        if (!race.hasEmit()) {
            return race.withoutEmit();
        }
        List<Generator> after = new ArrayList<>(gens);
        after.set(race.bestIndex(), race.best().next());
        return Step.emit(race.best().op(), new Any(List.copyOf(after)));
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        Generator[] updated = new Generator[gens.size()];
        boolean changed = false;
        for (int i = 0; i < updated.length; i++) {
            updated[i] = gens.get(i).update(ctx, event);
            changed |= updated[i] != gens.get(i);
        }
        // When nothing reacted, keep this very state: events are frequent and most generators ignore them.
        return changed ? new Any(List.of(updated)) : this;

    }
}
