package io.faultline.node;

/** A message could not be encoded or decoded: malformed JSON, an unknown {@code type}, a bad field. */
public final class CodecException extends RuntimeException {

    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
