package io.faultline.histories.check.linear;

/** Why a search stopped before it could decide. */
enum StopReason {
    TIME_LIMIT("the time limit"),
    MEMORY_CEILING("the memory ceiling"),
    OUT_OF_MEMORY("an OutOfMemoryError"),
    CANCELLED("another partition's violation"),
    STEP_ALLOWANCE("the step allowance");

    private final String text;

    StopReason(String text) {
        this.text = text;
    }

    /** For summaries: "stopped by the time limit". */
    String text() {
        return text;
    }
}
