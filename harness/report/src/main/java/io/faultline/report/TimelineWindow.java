package io.faultline.report;

import io.faultline.histories.Call;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The calls one timeline draws, bounded: those that overlap a span of time, at most {@code maxCalls} of them
 * around a focus, and at most {@code maxLanes} processes (those holding marked calls first). What is left out is
 * counted, so the page can say so.
 *
 * @param drawn     the calls to draw, in invocation order
 * @param lanes     the processes that get a lane, top to bottom
 * @param fromNanos the start of the drawn span
 * @param toNanos   its end
 * @param leftOut   calls in the history that this window does not draw
 */
record TimelineWindow(List<Call> drawn, List<Long> lanes, long fromNanos, long toNanos, int leftOut) {

    /**
     * Calls overlapping {@code fromNanos..toNanos}; when more than {@code maxCalls}, those invoked nearest to
     * {@code focusNanos}, with the span narrowed to them.
     */
    static TimelineWindow of(List<Call> calls, long fromNanos, long toNanos, long focusNanos, int maxCalls, int maxLanes,
                         Set<Long> markedLines) {
        List<Call> overlapping = calls.stream().filter(c -> c.invokeTime() <= toNanos && end(c, toNanos) >= fromNanos)
                .sorted(Comparator.comparingLong(Call::invokeTime)).toList();
        long from = fromNanos;
        long to = toNanos;
        if (overlapping.size() > maxCalls) {
            int focus = nearest(overlapping, focusNanos);
            int first = Math.max(0, Math.min(focus - maxCalls / 2, overlapping.size() - maxCalls));
            overlapping = overlapping.subList(first, first + maxCalls);
            from = Math.max(fromNanos, overlapping.get(0).invokeTime());
            to = Math.min(toNanos, overlapping.get(overlapping.size() - 1).invokeTime());
        }
        List<Long> lanes = lanes(overlapping, maxLanes, markedLines);
        Set<Long> laneSet = Set.copyOf(lanes);
        List<Call> drawn = overlapping.stream().filter(c -> laneSet.contains(c.process())).toList();
        return new TimelineWindow(drawn, lanes, from, to, calls.size() - drawn.size());
    }

    /** When a call stops occupying its lane: its completion, or for one that never completed, the window's end. */
    static long end(Call call, long windowEnd) {
        return call.completeTime() >= 0 ? call.completeTime() : Math.max(windowEnd, call.invokeTime());
    }

    private static int nearest(List<Call> sorted, long focusNanos) {
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).invokeTime() >= focusNanos) {
                return i;
            }
        }
        return sorted.size() - 1;
    }

    /** Processes with marked calls first, then by first invocation; shown top to bottom in id order. */
    private static List<Long> lanes(List<Call> calls, int maxLanes, Set<Long> markedLines) {
        Set<Long> chosen = new LinkedHashSet<>();
        calls.stream().filter(c -> markedLines.contains(c.invokeIndex())).forEach(c -> chosen.add(c.process()));
        calls.forEach(c -> chosen.add(c.process()));
        List<Long> lanes = new ArrayList<>(chosen).subList(0, Math.min(chosen.size(), maxLanes));
        List<Long> sorted = new ArrayList<>(lanes);
        sorted.sort(null);
        return sorted;
    }
}
