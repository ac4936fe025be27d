package io.faultline.histories.check;

/** A checker's answer. Merging keeps the worst: INVALID over UNKNOWN over VALID. */
public enum Verdict {
    VALID, UNKNOWN, INVALID;

    public Verdict merge(Verdict other) {
        return this.ordinal() >= other.ordinal() ? this : other;
    }

    /** The CLI's exit code: 0 valid, 1 invalid, 2 unknown. */
    public int exitCode() {
        return switch (this) {
            case VALID -> 0;
            case INVALID -> 1;
            case UNKNOWN -> 2;
        };
    }
}
