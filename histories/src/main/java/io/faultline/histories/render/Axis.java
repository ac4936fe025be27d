package io.faultline.histories.render;

import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * The horizontal scale of a timeline: history positions (line indices) mapped to x, compressed as Porcupine does.
 * Each distinct position where a drawn call begins or ends gets one slot of equal width, so the order of events is
 * exact while stretches of history with nothing drawn take no room. Ticks show the real line numbers.
 */
final class Axis {
    private final long[] positions;
    private final double originPx;
    private final double slotPx;

    /** An axis over {@code positions} (sorted, distinct, from {@link #distinct}), starting at {@code originPx}. */
    Axis(long[] positions, double originPx, double slotPx) {
        this.positions = positions;
        this.originPx = originPx;
        this.slotPx = slotPx;
    }

    /** The distinct non-negative positions, sorted: -1 stands for "no such line" and takes no slot. */
    static long[] distinct(LongStream positions) {
        return positions.filter(p -> p >= 0).sorted().distinct().toArray();
    }

    /** How many slots something from {@code from} to {@code to} covers on an axis over {@code positions}. */
    static int span(long[] positions, long from, long to) {
        return Math.max(1, slotOrInsertion(positions, to) - slotOrInsertion(positions, from) + 1);
    }

    int slots() {
        return positions.length;
    }

    long position(int slot) {
        return positions[slot];
    }

    double slotPx() {
        return slotPx;
    }

    /** Where something that starts at {@code position} begins: its slot's left edge, or the boundary before it. */
    double startX(long position) {
        return originPx + slotOrInsertion(positions, position) * slotPx;
    }

    /** Where something that ends at {@code position} ends: its slot's right edge, or the boundary before it. */
    double endX(long position) {
        int found = Arrays.binarySearch(positions, position);
        return originPx + (found >= 0 ? found + 1 : -found - 1) * slotPx;
    }

    /** The centre of a slot, for its tick. */
    double centreX(int slot) {
        return originPx + (slot + 0.5) * slotPx;
    }

    /** The right edge of the drawing, past the last slot: room for calls that may take effect at any later time. */
    double rightEdgeX() {
        return originPx + (positions.length + 1.5) * slotPx;
    }

    /** Every how many slots a tick label fits without overlapping its neighbours. */
    int tickEvery(double labelPx) {
        return Math.max(1, (int) Math.ceil(labelPx / slotPx));
    }

    private static int slotOrInsertion(long[] positions, long position) {
        int found = Arrays.binarySearch(positions, position);
        return found >= 0 ? found : -found - 1;
    }
}
