package io.faultline.experiment.chord;

/** Sizes the experiments share with the chord system's defaults. */
final class ChordSizes {

    private ChordSizes() {
    }

    /** r = ceil(log2 N), at least 1: chord's default successor list length (§5.2 suggests O(log N)). */
    static int successorListLength(int nodes) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(nodes - 1));
    }
}
