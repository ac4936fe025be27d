package io.faultline.histories;

/** How a paired operation ended, as far as a checker may know. */
public enum Outcome {
    /** Completed with {@code ok}: it happened, and its output is known. */
    OK,
    /** Completed with {@code fail}: it did not happen. */
    FAIL,
    /** Completed with {@code info}, or never completed: it may have happened, output unknown. */
    UNKNOWN
}
