package io.faultline.node.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * lin-kv {@code cas}: if {@code key} holds {@code from}, set it to {@code to}. Answered by {@link CasOk}, or
 * {@link ErrorReply} with {@link ErrorCode#PRECONDITION_FAILED} (22) when the key holds another value, or
 * {@link ErrorCode#KEY_DOES_NOT_EXIST} (20) when it is missing.
 *
 * <p>With {@code create_if_not_exists} (Maelstrom's lin-kv service), a cas on a missing key creates it, set to
 * {@code to} whatever {@code from} says, and is answered {@link CasOk}; on a key that exists it is a plain cas. The
 * flag is written only when set, so a plain cas stays Maelstrom's three-field body.
 *
 * @param createIfNotExists whether a missing key is created instead of failing with 20
 */
public record Cas(Object key, Object from, Object to,
                  @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean createIfNotExists) implements ClientRequest {

    /** A plain cas: a missing key fails with 20. */
    public Cas(Object key, Object from, Object to) {
        this(key, from, to, false);
    }
}
