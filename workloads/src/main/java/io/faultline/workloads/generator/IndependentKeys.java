package io.faultline.workloads.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Many keys at once, each with its own generator and its own group of workers: Jepsen's
 * {@code independent/concurrent-generator}. The target workers are split, in order, into groups of
 * {@code groupSize}; each group works on one key at a time and takes the next unused key when that key's
 * generator is exhausted. Every op gets its group's key. Exhausted when the keys run out and every group's
 * generator is exhausted. Histories made this way split by key for checking (P-compositionality).
 *
 * @param groupSize workers per key; the number of target workers must be a multiple of it
 * @param keyAt     the key with a given index (0, 1, …)
 * @param keyCount  how many keys there are ({@link Long#MAX_VALUE} for endless)
 * @param perKey    the generator for one key; its ops' keys are overwritten with that key
 * @param nextKey   index of the next key to hand out
 * @param groups    each group's current key and generator, or {@code null} before a group starts
 */
record IndependentKeys(int groupSize, LongFunction<Object> keyAt, long keyCount,
                       Function<Object, Generator> perKey, long nextKey, List<Group> groups) implements Generator {

    /** A group's current key and the state of its generator. */
    record Group(Object key, Generator gen) {
    }

    IndependentKeys {
        if (groupSize <= 0) {
            throw new IllegalArgumentException("independent keys need at least one worker per key, not " + groupSize);
        }
    }

    @Override
    public Step next(GenContext ctx) {
        Workers targets = ctx.targetWorkers();
        IndependentKeys state = sized(groupCount(targets));
        Race race = new Race();
        for (int g = 0; g < state.groups.size(); g++) {
            GenContext sub = ctx.restrictTo(targets.slice(g * groupSize, (g + 1) * groupSize));
            state = state.askGroup(g, sub, race);
        }
        if (!race.hasEmit()) {
            return race.withoutEmit();
        }
        int g = race.bestIndex();
        Group group = state.groups.get(g);
        Invocation op = race.best().op().withKey(group.key());
        return Step.emit(op, state.withGroup(g, new Group(group.key(), race.best().next())));
    }

    /** Asks group {@code g}, handing it fresh keys while its generator is exhausted. */
    private IndependentKeys askGroup(int g, GenContext sub, Race race) {
        IndependentKeys state = this;
        while (true) {
            if (state.groups.get(g) == null) {
                if (state.nextKey >= keyCount) {
                    return state;
                }
                state = state.startKey(g);
            }
            if (sub.freeWorkers().isEmpty()) {
                race.waitFor(Step.NEVER);
                return state;
            }
            Step step = state.groups.get(g).gen().next(sub);
            if (!(step instanceof Step.Exhausted)) {
                race.offer(g, step);
                return state;
            }
            state = state.withGroup(g, null);
        }
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        Workers targets = ctx.targetWorkers();
        int position = (int) targets.stream().takeWhile(w -> w != event.worker()).count();
        int g = position / groupSize;
        if (position == targets.size() || g >= groups.size() || groups.get(g) == null) {
            return this;
        }
        Group group = groups.get(g);
        if (!group.key().equals(event.op().key())) {
            return this; // a late completion for the group's previous key
        }
        GenContext sub = ctx.restrictTo(targets.slice(g * groupSize, (g + 1) * groupSize));
        Generator updated = group.gen().update(sub, event);
        return updated == group.gen() ? this : withGroup(g, new Group(group.key(), updated));
    }

    private int groupCount(Workers targets) {
        if (targets.size() < groupSize || targets.size() % groupSize != 0) {
            throw new IllegalStateException("independent keys with " + groupSize + " workers per key need a "
                    + "multiple of " + groupSize + " workers, but there are " + targets.size());
        }
        return targets.size() / groupSize;
    }

    private IndependentKeys sized(int count) {
        if (groups.size() == count) {
            return this;
        }
        if (!groups.isEmpty()) {
            throw new IllegalStateException("independent keys started with " + groups.size()
                    + " groups of workers but now see " + count);
        }
        List<Group> empty = new ArrayList<>(Collections.nCopies(count, (Group) null));
        return new IndependentKeys(groupSize, keyAt, keyCount, perKey, nextKey, Collections.unmodifiableList(empty));
    }

    private IndependentKeys startKey(int g) {
        Object key = keyAt.apply(nextKey);
        return new IndependentKeys(groupSize, keyAt, keyCount, perKey, nextKey + 1, groups)
                .withGroup(g, new Group(key, perKey.apply(key)));
    }

    private IndependentKeys withGroup(int g, Group group) {
        List<Group> copy = new ArrayList<>(groups);
        copy.set(g, group);
        return new IndependentKeys(groupSize, keyAt, keyCount, perKey, nextKey, Collections.unmodifiableList(copy));
    }
}
