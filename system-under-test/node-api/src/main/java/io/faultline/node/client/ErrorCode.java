package io.faultline.node.client;

import java.util.Locale;
import java.util.Optional;

/**
 * Maelstrom's error codes, the one table nodes and clients share (Maelstrom's {@code doc/protocol.md}, "Errors").
 * A <em>definite</em> error promises the operation did not happen (history: {@code fail}). As Maelstrom documents
 * them, only 0 (timeout) and 13 (crash) are indefinite; so is every code this enum does not know (history:
 * {@code info}), because when in doubt, indefinite is always safe.
 */
public enum ErrorCode {
    /** The request timed out; it may still happen. */
    TIMEOUT(0, false),
    NODE_NOT_FOUND(1, true),
    NOT_SUPPORTED(10, true),
    /** The node cannot serve now (no leader, no quorum); it did not try. */
    TEMPORARILY_UNAVAILABLE(11, true),
    MALFORMED_REQUEST(12, true),
    /** The node crashed while handling the request; it may have happened. */
    CRASH(13, false),
    ABORT(14, true),
    KEY_DOES_NOT_EXIST(20, true),
    KEY_ALREADY_EXISTS(21, true),
    /** A cas found a value other than its {@code from}. */
    PRECONDITION_FAILED(22, true),
    /** A transaction was aborted because it conflicted with another; it did not happen. */
    TXN_CONFLICT(30, true);

    private final int code;
    private final boolean definite;

    ErrorCode(int code, boolean definite) {
        this.code = code;
        this.definite = definite;
    }

    public int code() {
        return code;
    }

    public boolean isDefinite() {
        return definite;
    }

    /** The history's name for it, Maelstrom's keyword: {@code precondition-failed}, {@code key-does-not-exist}, … */
    public String historyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The history's name for {@code code}: a known name, or {@code error-<code>}. */
    public static String historyName(int code) {
        return of(code).map(ErrorCode::historyName).orElse("error-" + code);
    }

    /** The enum constant for {@code code}, if Faultline knows it. */
    public static Optional<ErrorCode> of(int code) {
        for (ErrorCode known : values()) {
            if (known.code == code) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code code} promises the operation did not happen; unknown codes do not. */
    public static boolean isDefinite(int code) {
        return of(code).map(ErrorCode::isDefinite).orElse(false);
    }
}
