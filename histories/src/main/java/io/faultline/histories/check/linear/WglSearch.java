package io.faultline.histories.check.linear;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;
import java.util.Comparator;
import java.util.List;

/**
 * Wing &amp; Gong's search with Lowe's memoization (Lowe, "Testing for linearizability", §3–4), as in Porcupine's
 * {@code checkSingle}: walk the entry list; at a call entry, try to linearize the call (the model accepts it and
 * the configuration is new), lift it and restart from the head; at a return entry, the call that returns there
 * was not linearized in time: a dead end. One partition, one thread.
 *
 * <p>Crashed calls (no return) have no entry in that list. At a dead end, once every call with a known return
 * has been tried, the search tries each minimal chain of pending crashed calls ({@link CrashedClosure}), shortest
 * first, then goes on with known calls only; when all chains fail it backtracks. A crashed call can always be
 * placed later, so on valid histories this keeps the search nearly linear; and since every state a chain can
 * reach is tried with a minimal set of calls, the search stays complete.
 */
final class WglSearch implements CrashedClosure.Ticker {
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
    private final CrashedClosure[] closures;
    private final DeepestPrefix deepest;
    private Object state;
    private int pendingReturns;
    private long steps;
    private long reportedBytes;
    private StopReason stop;

    @SuppressWarnings("unchecked")
    private WglSearch(Model<?> model, Call[] calls, SearchLimits limits) {
        this.model = (Model<Object>) model;
        this.calls = calls;
        this.limits = limits;
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
        closures = new CrashedClosure[calls.length + 1];
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
        int entry = list.firstKnown();
        while (pendingReturns > 0) {
            if (!tick(0)) {
                return SearchResult.stopped(stop, steps, cache.size());
            }
            if (!list.isReturn(entry)) {
                entry = tryLinearize(entry) ? list.firstKnown() : list.next(entry);
                continue;
            }
            deepest.offer(frames, state, list.callOf(entry));
            if (frames.endsChain()) {
                undoChain();
            } else {
                openClosure(entry);
            }
            boolean applied = applyNextChain();
            if (stop != null) {
                return SearchResult.stopped(stop, steps, cache.size());
            }
            if (applied) {
                entry = list.firstKnown();
            } else if (frames.isEmpty()) {
                return deepest.result(steps, cache.size());
            } else {
                entry = list.next(backtrackKnownCall());
            }
        }
        return SearchResult.linearizable(steps, cache.size());
    }

    /** Lifts a call with a known return if the model accepts it now and the configuration is new (Lowe §4). */
    private boolean tryLinearize(int call) {
        Object next = model.step(state, calls[call]);
        if (next == null) {
            return false;
        }
        knownDone.flip(bitOf[call]);
        int cacheEntry = cache.add(knownDone, crashedDone, next);
        if (cacheEntry == StateCache.PRESENT) {
            knownDone.flip(bitOf[call]);
            return false;
        }
        frames.push(call, state, cacheEntry, -1);
        state = next;
        list.lift(call);
        pendingReturns--;
        return true;
    }

    /** Opens the crashed chains for the configuration at this depth, bounded by the dead end's return. */
    private void openClosure(int returnEntry) {
        int[] pending = list.unknownBefore(list.position(returnEntry));
        closures[frames.depth()] = new CrashedClosure(model, calls, pending, state);
    }

    /** Applies the next chain of this depth's closure whose configuration is new; false when none is left. */
    private boolean applyNextChain() {
        int base = frames.depth();
        CrashedClosure closure = closures[base];
        for (CrashedClosure.Chain chain = closure.next(this); chain != null; chain = closure.next(this)) {
            for (int call : chain.calls()) {
                crashedDone.flip(bitOf[call]);
            }
            int cacheEntry = cache.add(knownDone, crashedDone, chain.finalState());
            if (cacheEntry != StateCache.PRESENT) {
                push(chain, base, cacheEntry);
                return true;
            }
            for (int call : chain.calls()) {
                crashedDone.flip(bitOf[call]);
            }
        }
        closures[base] = null;
        return false;
    }

    private void push(CrashedClosure.Chain chain, int base, int cacheEntry) {
        int[] chainCalls = chain.calls();
        for (int i = 0; i < chainCalls.length; i++) {
            boolean last = i == chainCalls.length - 1;
            frames.push(chainCalls[i], state, last ? cacheEntry : -1, last ? base : -1);
            state = chain.stateAfter(i);
            list.lift(chainCalls[i]);
        }
    }

    /** Takes back the chain on top (its configuration is refuted), back to the depth it began at. */
    private void undoChain() {
        cache.finish(frames.topCacheEntry());
        int base = frames.chainBase();
        while (frames.depth() > base) {
            int call = frames.topCall();
            state = frames.topState();
            list.unlift(call);
            crashedDone.flip(bitOf[call]);
            frames.pop();
        }
    }

    /** Takes back the known call on top (its configuration is refuted) and returns it. */
    private int backtrackKnownCall() {
        int call = frames.topCall();
        state = frames.topState();
        cache.finish(frames.topCacheEntry());
        list.unlift(call);
        knownDone.flip(bitOf[call]);
        pendingReturns++;
        frames.pop();
        return call;
    }

    /** One step of work; every few thousand, checks the budget. False once the search must stop. */
    @Override
    public boolean tick(long closureBytes) {
        if ((++steps & POLL_MASK) == 0 && stop == null) {
            long bytes = cache.estimatedBytes() + closureBytes;
            stop = limits.poll(bytes - reportedBytes);
            reportedBytes = bytes;
        }
        return stop == null;
    }
}
