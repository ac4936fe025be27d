package io.faultline.histories.check.linear;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;
import java.util.Comparator;
import java.util.List;

/**
 * Wing &amp; Gong's search with Lowe's memoization (Lowe, "Testing for linearizability", §3–4), as in Porcupine's
 * {@code checkSingle}: walk the entry list; at a call entry, try to linearize the call (the model accepts it and
 * the configuration is new), lift it and restart from the head; at a return entry, the call that returns there
 * was not linearized in time, so backtrack. One partition, one thread.
 *
 * <p>Crashed calls (no return) are tried only once every call with a known return has failed at a dead end,
 * newest first, and at most {@code maxCrashedRun} in a row: see {@link #run}. The order of candidates never
 * affects completeness; the bound does, which is why a bounded search can only ever prove linearizability.
 */
final class WglSearch {
    private static final int POLL_MASK = (1 << 12) - 1;

    private final Model<Object> model;
    private final Call[] calls;
    private final EntryList list;
    private final int[] bitOf;
    private final Bitset knownDone;
    private final Bitset crashedDone;
    private final StateCache cache;
    private final SearchLimits limits;
    private final Frames frames;
    private final DeepestPrefix deepest;
    private final int maxCrashedRun;
    private Object state;
    private int pendingReturns;
    private long steps;
    private long reportedBytes;

    @SuppressWarnings("unchecked")
    private WglSearch(Model<?> model, Call[] calls, SearchLimits limits, int maxCrashedRun) {
        this.model = (Model<Object>) model;
        this.calls = calls;
        this.limits = limits;
        this.maxCrashedRun = maxCrashedRun;
        list = new EntryList(calls);
        bitOf = new int[calls.length];
        int known = 0;
        int crashed = 0;
        for (int i = 0; i < calls.length; i++) {
            bitOf[i] = list.isKnown(i) ? known++ : crashed++;
        }
        pendingReturns = known;
        // distinct seeds: a known and a crashed call must not cancel out in the combined hash
        knownDone = new Bitset(known, 0x5EED_F00DL);
        crashedDone = new Bitset(crashed, 0xC0FF_EE11L);
        cache = new StateCache(knownDone.wordCount(), crashedDone.wordCount());
        frames = new Frames(calls.length);
        deepest = new DeepestPrefix(calls);
    }

    /**
     * Checks one partition's calls; fail calls and other calls the model need not place are dropped here.
     *
     * <p>Iterative deepening on crashed calls: a search allowing at most one crashed call in a row between
     * calls with a known return, then two, then any number. On valid histories a stuck read nearly always
     * needs just the one crashed write it saw, so the first search succeeds in near-linear time, where an
     * unbounded one would try every chain of the crashed calls piled up so far at every dead end. Only the
     * unbounded search may conclude "not linearizable".
     */
    static SearchResult run(Model<?> model, List<Call> partition, SearchLimits limits) {
        Call[] placed = partition.stream().filter(model::mustPlace)
                .sorted(Comparator.comparingLong(Call::invokeIndex)).toArray(Call[]::new);
        int crashed = (int) partition.stream().filter(model::mustPlace).filter(Call::isUnknown).count();
        long steps = 0;
        for (int maxRun = 1; maxRun <= 2 && maxRun < crashed; maxRun++) {
            SearchResult bounded = runOnce(model, placed, limits, maxRun);
            steps += bounded.steps();
            if (!bounded.isViolation()) {
                return bounded.withSteps(steps);   // a bounded search proves linearizability, or ran out of budget
            }
        }
        SearchResult complete = runOnce(model, placed, limits, Integer.MAX_VALUE);
        return complete.withSteps(steps + complete.steps());
    }

    private static SearchResult runOnce(Model<?> model, Call[] placed, SearchLimits limits, int maxCrashedRun) {
        WglSearch search = new WglSearch(model, placed, limits, maxCrashedRun);
        try {
            return search.search();
        } catch (OutOfMemoryError e) {
            return SearchResult.stopped(StopReason.OUT_OF_MEMORY, search.steps, search.cache.size());
        } finally {
            limits.release(search.reportedBytes);
        }
    }

    private SearchResult search() {
        state = model.init();
        int entry = list.firstKnown();
        boolean crashedPass = false;
        int bound = EntryList.END;   // in the crashed pass: the first pending return entry
        while (pendingReturns > 0) {
            if ((++steps & POLL_MASK) == 0) {
                StopReason stop = poll();
                if (stop != null) {
                    return SearchResult.stopped(stop, steps, cache.size());
                }
            }
            if (!crashedPass && list.isReturn(entry)) {
                crashedPass = true;
                bound = entry;
                entry = frames.crashedRun() < maxCrashedRun ? list.lastUnknownBefore(list.position(bound))
                        : EntryList.END;
            } else if (crashedPass && entry == EntryList.END) {
                deepest.offer(frames, state, list.callOf(bound));
                if (frames.isEmpty()) {
                    return deepest.result(steps, cache.size());
                }
                int call = backtrack();
                crashedPass = !list.isKnown(call);
                bound = frames.boundOfTop();
                frames.pop();
                entry = crashedPass ? list.previousUnknown(call) : list.next(call);
            } else if (tryLinearize(entry, bound)) {
                entry = list.firstKnown();
                crashedPass = false;
            } else {
                entry = crashedPass ? list.previousUnknown(entry) : list.next(entry);
            }
        }
        return SearchResult.linearizable(steps, cache.size());
    }

    /** Lifts {@code call} if the model accepts it now and the configuration is new (Lowe §4). */
    private boolean tryLinearize(int call, int bound) {
        Object next = model.step(state, calls[call]);
        if (next == null) {
            return false;
        }
        Bitset done = list.isKnown(call) ? knownDone : crashedDone;
        done.flip(bitOf[call]);
        int cacheEntry = cache.add(knownDone, crashedDone, next);
        if (cacheEntry == StateCache.PRESENT) {
            done.flip(bitOf[call]);
            return false;
        }
        frames.push(call, state, cacheEntry, bound, !list.isKnown(call));
        state = next;
        list.lift(call);
        pendingReturns -= list.isKnown(call) ? 1 : 0;
        return true;
    }

    /** Undoes the last linearization, whose configuration is now refuted; the frame stays on top. */
    private int backtrack() {
        int call = frames.topCall();
        state = frames.topState();
        cache.finish(frames.topCacheEntry());
        list.unlift(call);
        (list.isKnown(call) ? knownDone : crashedDone).flip(bitOf[call]);
        pendingReturns += list.isKnown(call) ? 1 : 0;
        return call;
    }

    private StopReason poll() {
        long bytes = cache.estimatedBytes();
        StopReason stop = limits.poll(bytes - reportedBytes);
        reportedBytes = bytes;
        return stop;
    }
}
