package io.faultline.workloads.generator;

/**
 * Collects the answers of several child generators asked in turn and picks the soonest op (ties go to the
 * child asked first, so the choice is deterministic). A local, short-lived helper of one {@code next} call.
 */
final class Race {
    private Step.Emit best;
    private int bestIndex = -1;
    private long wakeAtNanos = Step.NEVER;
    private boolean anyLive;

    /** Records child {@code index}'s answer. */
    void offer(int index, Step step) {
        switch (step) {
            case Step.Exhausted exhausted -> { }
            case Step.Pending pending -> waitFor(pending.wakeAtNanos());
            case Step.Emit emit -> {
                anyLive = true;
                if (best == null || emit.op().timeNanos() < best.op().timeNanos()) {
                    best = emit;
                    bestIndex = index;
                }
            }
        }
    }

    /** Records a child that was not asked (its workers are busy) but may emit later. */
    void waitFor(long wakeAt) {
        anyLive = true;
        wakeAtNanos = Math.min(wakeAtNanos, wakeAt);
    }

    boolean hasEmit() {
        return best != null;
    }

    Step.Emit best() {
        return best;
    }

    int bestIndex() {
        return bestIndex;
    }

    /** The answer when no child emitted: pending while any child may still emit, else exhausted. */
    Step withoutEmit() {
        return anyLive ? Step.pending(wakeAtNanos) : Step.exhausted();
    }
}
