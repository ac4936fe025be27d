package io.faultline.histories.render;

/**
 * A fault drawn across every lane: from the nemesis line that started it to the one that ended it. An instant
 * (a nemesis op that opens nothing, such as a clock bump) has {@code fromLine == toLine}.
 *
 * @param label    what the nemesis did, e.g. {@code start-partition majority} or {@code kill n1}
 * @param fromLine history index of the line that started it
 * @param toLine   history index of the line that ended it, or {@link Long#MAX_VALUE} if it never ended
 */
record Band(String label, long fromLine, long toLine) {

    /** A CSS class for the kind of fault, so that overlapping faults of different kinds differ in colour. */
    String kind() {
        if (label.contains("partition") || label.startsWith("heal")) {
            return "net";
        }
        if (label.startsWith("kill") || label.startsWith("crash")) {
            return "crash";
        }
        return label.startsWith("pause") ? "pause" : "other";
    }

    boolean isInstant() {
        return fromLine == toLine;
    }

    boolean isOpenEnded() {
        return toLine == Long.MAX_VALUE;
    }

    /** Whether any part of the band lies within lines {@code from..to}. */
    boolean overlaps(long from, long to) {
        return fromLine <= to && toLine >= from;
    }
}
