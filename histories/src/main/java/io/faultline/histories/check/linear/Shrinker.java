package io.faultline.histories.check.linear;

import io.faultline.histories.Call;
import io.faultline.histories.Outcome;
import io.faultline.histories.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shrinks a failing partition to a smaller sub-history that still fails on its own, re-running the search
 * within what is left of the budget. Both steps keep only failing candidates, and each is sound: if the shrunk
 * history fails, so does the original.
 *
 * <ol>
 *   <li>Truncate to the shortest failing prefix of history lines (binary search over cuts where no write is
 *       open). A prefix keeps the calls invoked before the cut; those that completed after it become pending
 *       (unknown outcome), as in the real prefix. Linearizability is prefix-closed, so failure is monotone in the cut. (Keeping the later
 *       completions instead would not be sound: a read could lose the concurrent write it returned.)</li>
 *   <li>Drop {@code ok} read-only calls, in halving chunks down to single calls (delta debugging): removing
 *       reads from a linearizable history leaves it linearizable.</li>
 * </ol>
 */
final class Shrinker {
    /** Each trial search may take this many times the original search's time (at least the minimum below). */
    private static final long TRIAL_FACTOR = 10;
    private static final long MIN_TRIAL_NANOS = 20_000_000L;

    private final Model<?> model;
    private final SearchLimits limits;
    private final long trialNanos;
    private int runs;

    /** The shrunk calls and the search result that shows they fail. */
    record Shrunk(List<Call> calls, SearchResult result, boolean shrunk, int runs) {
    }

    /**
     * @param limits      the check's budget, which bounds shrinking as a whole
     * @param searchNanos how long the search that found the violation took
     */
    Shrinker(Model<?> model, SearchLimits limits, long searchNanos) {
        this.model = model;
        this.limits = limits;
        this.trialNanos = Math.max(MIN_TRIAL_NANOS, TRIAL_FACTOR * searchNanos);
    }

    Shrunk shrink(List<Call> partition, SearchResult failing) {
        List<Call> placed = partition.stream().filter(model::mustPlace)
                .sorted(Comparator.comparingLong(Call::invokeIndex)).toList();
        Shrunk best = new Shrunk(placed, failing, false, 0);
        best = truncate(best);
        best = dropReads(best);
        boolean smaller = best.shrunk() || best.calls().size() < partition.size();
        return new Shrunk(best.calls(), best.result(), smaller, runs);
    }

    private Shrunk truncate(Shrunk best) {
        long[] cuts = cutPoints(best.calls());
        if (cuts.length == 0) {
            return best;
        }
        int lo = 0;
        int hi = cuts.length - 1;   // the cut after the last line: the whole partition, known to fail
        while (lo < hi && !limits.expired()) {
            int mid = (lo + hi) >>> 1;
            List<Call> prefix = prefix(best.calls(), cuts[mid]);
            SearchResult r = search(prefix);
            if (r.isViolation()) {
                hi = mid;
                best = new Shrunk(prefix, r, true, runs);
            } else {
                lo = mid + 1;   // linearizable, or too hard to tell within a trial: only failures are kept
            }
        }
        return best;
    }

    /**
     * The cuts worth trying, ascending: just after an event, where no call that changes state is open. A cut
     * through an open write would make it pending (it may or may not have happened), and crashed calls are what
     * makes a search expensive; the end of the partition is always such a cut.
     */
    private long[] cutPoints(List<Call> calls) {
        TreeMap<Long, Integer> opened = new TreeMap<>();
        for (Call c : calls) {
            boolean opensWrite = c.completeIndex() >= 0 && !c.isUnknown() && !model.isReadOnly(c);
            opened.merge(c.invokeIndex() + 1, opensWrite ? 1 : 0, Integer::sum);
            if (c.completeIndex() >= 0) {
                opened.merge(c.completeIndex() + 1, opensWrite ? -1 : 0, Integer::sum);
            }
        }
        List<Long> clean = new ArrayList<>();
        int open = 0;
        for (Map.Entry<Long, Integer> cut : opened.entrySet()) {
            open += cut.getValue();
            if (open == 0) {
                clean.add(cut.getKey());
            }
        }
        return clean.stream().mapToLong(Long::longValue).toArray();
    }

    /** The calls as the history's first {@code cut} lines show them; placeable ones only. */
    private List<Call> prefix(List<Call> calls, long cut) {
        List<Call> out = new ArrayList<>();
        for (Call c : calls) {
            if (c.invokeIndex() >= cut) {
                continue;
            }
            Call seen = c.completeIndex() >= 0 && c.completeIndex() < cut ? c : pending(c);
            if (model.mustPlace(seen)) {
                out.add(seen);
            }
        }
        return out;
    }

    private static Call pending(Call c) {
        return new Call(c.id(), c.process(), c.f(), c.key(), c.input(), null, Outcome.UNKNOWN, null,
                c.invokeTime(), -1, c.invokeIndex(), -1, c.node());
    }

    private Shrunk dropReads(Shrunk best) {
        List<Call> reads = best.calls().stream().filter(c -> c.isOk() && model.isReadOnly(c)).toList();
        for (int chunk = Math.max(1, reads.size() / 2); chunk >= 1 && !reads.isEmpty(); chunk /= 2) {
            for (int from = 0; from < reads.size() && !limits.expired(); ) {
                List<Call> dropped = reads.subList(from, Math.min(reads.size(), from + chunk));
                List<Call> trial = without(best.calls(), dropped);
                SearchResult r = search(trial);
                if (r.isViolation()) {
                    best = new Shrunk(trial, r, true, runs);
                    reads = without(reads, dropped);
                } else {
                    from += chunk;
                }
            }
        }
        return best;
    }

    /** The calls minus the dropped ones, matched by id (ids are unique within a history). */
    private static List<Call> without(List<Call> calls, List<Call> dropped) {
        Set<Integer> gone = new HashSet<>();
        dropped.forEach(c -> gone.add(c.id()));
        return calls.stream().filter(c -> !gone.contains(c.id())).toList();
    }

    /**
     * One trial, capped: a sub-history can be far harder than the whole (truncation turns completions into
     * pending calls, each of which may or may not have taken effect), and a trial that runs out of time only
     * means that candidate is not kept.
     */
    private SearchResult search(List<Call> calls) {
        runs++;
        return WglSearch.run(model, calls, limits.fresh(System.nanoTime() + trialNanos));
    }
}
