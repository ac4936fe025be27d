package io.faultline.experiment;

/** A mistake in how an experiment was asked for (unknown name, bad size); the message is the one-line fix. */
public final class ExperimentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExperimentException(String message) {
        super(message);
    }
}
