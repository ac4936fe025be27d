package io.faultline.workloads.client;

import java.util.Arrays;
import java.util.Locale;

/**
 * Maelstrom's error codes, with the names the history uses. DESIGN "Wire protocol": codes 1, 10, 11, 12, 14,
 * 20, 21, 22 are definite (the operation did not happen); every other code, known or not, is indefinite.
 * Maelstrom itself calls 30 (txn-conflict) definite; we do not, because our systems never send it and
 * treating an unknown meaning as "may have happened" is always safe.
 */
public enum ErrorCode {
    TIMEOUT(0, false),
    NODE_NOT_FOUND(1, true),
    NOT_SUPPORTED(10, true),
    TEMPORARILY_UNAVAILABLE(11, true),
    MALFORMED_REQUEST(12, true),
    CRASH(13, false),
    ABORT(14, true),
    KEY_DOES_NOT_EXIST(20, true),
    KEY_ALREADY_EXISTS(21, true),
    PRECONDITION_FAILED(22, true),
    TXN_CONFLICT(30, false);

    private final int code;
    private final boolean definite;

    ErrorCode(int code, boolean definite) {
        this.code = code;
        this.definite = definite;
    }

    public int code() {
        return code;
    }

    /** Whether an operation answered with this error certainly did not happen. */
    public boolean isDefinite() {
        return definite;
    }

    /** The history's name for it: {@code precondition-failed}, {@code key-does-not-exist}, … */
    public String historyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether {@code code} is definite; unknown codes are not. */
    public static boolean isDefinite(int code) {
        return Arrays.stream(values()).anyMatch(e -> e.code == code && e.definite);
    }

    /** The history's name for {@code code}: a known name, or {@code error-<code>}. */
    public static String historyName(int code) {
        return Arrays.stream(values()).filter(e -> e.code == code).findFirst()
                .map(ErrorCode::historyName).orElse("error-" + code);
    }
}
