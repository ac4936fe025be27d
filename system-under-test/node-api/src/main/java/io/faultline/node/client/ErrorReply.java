package io.faultline.node.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.faultline.node.Message;
import java.util.Optional;

/**
 * Maelstrom's {@code error} body. Whether the failed operation certainly did not happen is decided by the
 * code alone ({@link #isDefinite()}): a client records a definite error as {@code fail} and anything else as
 * {@code info}.
 *
 * <p>On the wire the body also carries {@code "definite"}, derived from the code ({@link #isDefinite()}): Maelstrom
 * allows extra keys in an error body, and recorded runs already hold it. Reading ignores it, since the code decides.
 *
 * @param code Maelstrom error code; see {@link ErrorCode}
 * @param text for people
 */
@JsonIgnoreProperties(value = "definite", allowGetters = true)
public record ErrorReply(int code, String text) implements Message {

    public static ErrorReply of(ErrorCode code, String text) {
        return new ErrorReply(code.code(), text);
    }

    /** The known code, if it is one. */
    public Optional<ErrorCode> errorCode() {
        return ErrorCode.of(code);
    }

    /** True only when the operation certainly did not take effect. */
    public boolean isDefinite() {
        return ErrorCode.isDefinite(code);
    }
}
