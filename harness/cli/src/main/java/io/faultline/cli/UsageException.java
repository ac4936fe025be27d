package io.faultline.cli;

/** A mistake in how a command was used that only shows once it runs; its message is the one-line error. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
