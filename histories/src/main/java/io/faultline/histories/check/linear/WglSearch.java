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
 * <p>Calls with a known return are tried before crashed ones: a crashed call can always be placed later, so on
 * valid histories the search stays nearly linear. The order of candidates never affects completeness.
 */
final class WglSearch {
    private static final int POLL_MASK = (1 << 12) - 1;

    private final Model<Object> model;
    private final Call[] calls;
    private final EntryList list;
    private final Bitset linearized;
    private final StateCache cache;
    private final SearchLimits limits;
    private final Frames frames;
    private final DeepestPrefix deepest;
    private Object state;
    private int pendingReturns;
    private long steps;
    private long reportedBytes;

    @SuppressWarnings("unchecked")
    private WglSearch(Model<?> model, Call[] calls, SearchLimits limits) {
        this.model = (Model<Object>) model;
        this.calls = calls;
        this.limits = limits;
        list = new EntryList(calls);
        linearized = new Bitset(calls.length);
        cache = new StateCache(linearized.wordCount());
        frames = new Frames(calls.length);
        deepest = new DeepestPrefix(calls);
    }

    /** Checks one partition's calls; fail calls and other calls the model need not place are dropped here. */
    static SearchResult run(Model<?> model, List<Call> partition, SearchLimits limits) {
        Call[] placed = partition.stream().filter(model::mustPlace)
                .sorted(Comparator.comparingLong(Call::invokeIndex)).toArray(Call[]::new);
        WglSearch search = new WglSearch(model, placed, limits);
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
        for (int i = 0; i < calls.length; i++) {
            pendingReturns += list.isKnown(i) ? 1 : 0;
        }
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
                entry = list.firstUnknown();
            } else if (crashedPass && (entry == EntryList.END || list.position(entry) > list.position(bound))) {
                deepest.offer(frames, state, list.callOf(bound));
                if (frames.isEmpty()) {
                    return deepest.result(steps, cache.size());
                }
                int call = backtrack();
                crashedPass = !list.isKnown(call);
                bound = frames.boundOfTop();
                frames.pop();
                entry = list.next(call);
            } else if (tryLinearize(entry, bound)) {
                entry = list.firstKnown();
                crashedPass = false;
            } else {
                entry = list.next(entry);
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
        linearized.flip(call);
        if (!cache.add(linearized.words(), linearized.hash(), next)) {
            linearized.flip(call);
            return false;
        }
        frames.push(call, state, bound);
        state = next;
        list.lift(call);
        pendingReturns -= list.isKnown(call) ? 1 : 0;
        return true;
    }

    /** Undoes the last linearization and returns its call; the frame stays on top for its bound. */
    private int backtrack() {
        int call = frames.topCall();
        state = frames.topState();
        list.unlift(call);
        linearized.flip(call);
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
