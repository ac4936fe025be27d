package io.faultline.runtime;

/**
 * A runtime cannot run on this machine as it is set up: a program it needs is missing or will not start (the
 * process runtime without {@code toxiproxy-server}, the docker runtime without an engine). The message is one
 * line that names what is missing and how to get it; the runner reports it like a bad spec, without a trace.
 */
public final class RuntimeUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuntimeUnavailableException(String message) {
        super(message);
    }

    public RuntimeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
