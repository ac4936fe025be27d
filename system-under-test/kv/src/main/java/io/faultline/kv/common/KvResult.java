package io.faultline.kv.common;

import io.faultline.node.client.ErrorCode;

/**
 * What a client operation produced: a value (for a read), or a Maelstrom error.
 *
 * <p>A definite {@link ErrorCode} (11, 20, 22, …) means the operation did not happen; 0 (timeout) and
 * 13 (crash) mean it may have.
 *
 * @param error {@code null} when the operation succeeded
 */
public record KvResult(Object value, ErrorCode error, String errorText) {

    public static KvResult ok(Object value) {
        return new KvResult(value, null, null);
    }

    public static KvResult error(ErrorCode code, String text) {
        return new KvResult(null, code, text);
    }

    public boolean isOk() {
        return error == null;
    }
}
