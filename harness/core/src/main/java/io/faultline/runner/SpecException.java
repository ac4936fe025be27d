package io.faultline.runner;

/**
 * A test spec that names something that does not exist (a system, bug, workload, nemesis or runtime) or asks for
 * a fault its runtime cannot inflict. The message is one line, names the valid choices, and is meant for the
 * person who wrote the spec; the CLI prints it and exits with 3.
 */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }
}
