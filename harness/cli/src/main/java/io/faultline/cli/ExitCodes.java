package io.faultline.cli;

/** The exit codes of every faultline command. */
public final class ExitCodes {
    /** Every requested check passed. */
    public static final int VALID = 0;
    /** At least one requested check found a violation. */
    public static final int INVALID = 1;
    /** No violation found, but at least one check could not finish (budget) or had too little data. */
    public static final int UNKNOWN = 2;
    /** The input or the command line was wrong: the message says what and how to fix it. */
    public static final int BAD_INPUT = 3;
    /** A bug in Faultline itself: one line, and the stack trace with {@code --verbose}; never a verdict. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
