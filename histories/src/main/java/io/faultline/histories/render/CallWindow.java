package io.faultline.histories.render;

import io.faultline.histories.Call;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The calls a timeline draws, in invocation order, and how many it leaves out. A page stays small because it
 * never draws more than a fixed number of calls; this class decides which ones are worth the room.
 *
 * @param drawn   the calls to draw, sorted by invocation line
 * @param leftOut how many candidate calls are not drawn
 */
record CallWindow(List<Call> drawn, int leftOut) {
    static final Comparator<Call> BY_INVOCATION =
            Comparator.comparingLong(Call::invokeIndex).thenComparingInt(Call::id);

    CallWindow {
        drawn = List.copyOf(drawn);
    }

    /**
     * At most {@code maxCalls} calls of a counterexample: the call that cannot be placed (or the prefix's last), the
     * prefix's last calls, the completed calls still running when it began, and a run of calls around it in
     * invocation order.
     */
    static CallWindow around(CounterexampleIndex index, int maxCalls) {
        List<Call> sorted = sorted(index.counterexample().calls());
        if (sorted.size() <= maxCalls) {
            return new CallWindow(sorted, 0);
        }
        Selection selection = new Selection(sorted, maxCalls);
        Call focus = focus(index, sorted);
        selection.take(focus);
        selection.takePrefixTail(index, Math.max(1, maxCalls / 8));
        selection.takeConcurrentWith(focus, Math.max(1, maxCalls / 4));
        selection.takeRunAround(focus);
        List<Call> drawn = selection.chosen();
        return new CallWindow(drawn, sorted.size() - drawn.size());
    }

    /**
     * At most {@code maxCalls} of the calls that overlap history lines {@code fromLine..toLine}: first those invoked
     * in that range, in order, then (with up to a quarter of the room) those invoked earlier and still running.
     * A call that ended in info stopped running at its info line: were it counted as running for ever, as its effect
     * may be, a long history's every timed-out call would crowd into every window.
     */
    static CallWindow overlapping(List<Call> calls, long fromLine, long toLine, int maxCalls) {
        List<Call> inside = new ArrayList<>();
        List<Call> earlier = new ArrayList<>();
        for (Call c : calls) {
            if (c.invokeIndex() >= fromLine && c.invokeIndex() <= toLine) {
                inside.add(c);
            } else if (c.invokeIndex() < fromLine && lastLine(c) >= fromLine) {
                earlier.add(c);
            }
        }
        earlier.sort(BY_INVOCATION.reversed());
        int earlierRoom = Math.min(earlier.size(), Math.max(maxCalls / 4, maxCalls - inside.size()));
        List<Call> drawn = new ArrayList<>(earlier.subList(0, earlierRoom));
        inside.sort(BY_INVOCATION);
        drawn.addAll(inside.subList(0, Math.min(inside.size(), maxCalls - earlierRoom)));
        drawn.sort(BY_INVOCATION);
        return new CallWindow(drawn, inside.size() + earlier.size() - drawn.size());
    }

    /** The call's completion line, or {@link Long#MAX_VALUE} while it has none (it may still be running). */
    private static long lastLine(Call c) {
        return c.completeIndex() < 0 ? Long.MAX_VALUE : c.completeIndex();
    }

    private static Call focus(CounterexampleIndex index, List<Call> sorted) {
        Call unplaceable = index.unplaceable();
        if (unplaceable != null) {
            return unplaceable;
        }
        Call last = index.lastPlaced();
        return last != null ? last : sorted.get(0);
    }

    private static List<Call> sorted(List<Call> calls) {
        List<Call> sorted = new ArrayList<>(calls);
        sorted.sort(BY_INVOCATION);
        return sorted;
    }
}
