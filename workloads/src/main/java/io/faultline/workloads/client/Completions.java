package io.faultline.workloads.client;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.histories.model.Values;
import java.util.Map;
import java.util.function.Function;

/**
 * The mapping from a reply to a completion that every lin-kv style client shares (DESIGN "Wire protocol").
 *
 * <ul>
 *   <li>a body of the expected {@code _ok} type: {@code ok} with the value it carries;</li>
 *   <li>an {@code error} with a definite code: {@code fail}, error = the code's name;</li>
 *   <li>an {@code error} with any other code, or without a numeric code: {@code info};</li>
 *   <li>any other body type: {@code info} {@code unexpected-reply};</li>
 *   <li>a timeout: {@code info} {@code timeout}; a request that was never sent: {@code fail} {@code not-sent}.</li>
 * </ul>
 * Errors are stable kebab-case names with no free text, because checkers match on them
 * ({@code precondition-failed} tells a cas that observed another value from one that did not happen).
 */
public final class Completions {
    public static final String TIMEOUT = "timeout";
    public static final String NOT_SENT = "not-sent";
    public static final String UNEXPECTED_REPLY = "unexpected-reply";
    public static final String MALFORMED_ERROR = "malformed-error";

    private Completions() {
    }

    /**
     * Maps {@code reply} to the completion of {@code invoke}.
     *
     * @param okType  the reply type that means success ({@code read_ok}, …)
     * @param okValue the completion's value, taken from a successful body
     */
    public static Op fromReply(Op invoke, String node, Reply reply, String okType,
                               Function<Map<String, Object>, Object> okValue) {
        return switch (reply) {
            case Reply.Received r when okType.equals(r.type()) -> ok(invoke, node, okValue.apply(r.body()));
            case Reply.Received r when "error".equals(r.type()) -> fromError(invoke, node, r.body());
            case Reply.Received r -> info(invoke, node, UNEXPECTED_REPLY);
            case Reply.TimedOut t -> info(invoke, node, TIMEOUT);
            case Reply.NotSent n -> fail(invoke, node, NOT_SENT);
        };
    }

    /** An error body's completion: fail for a definite code, info otherwise. */
    public static Op fromError(Op invoke, String node, Map<String, Object> errorBody) {
        if (!(errorBody.get("code") instanceof Number number)) {
            return info(invoke, node, MALFORMED_ERROR);
        }
        int code = number.intValue();
        String name = ErrorCode.historyName(code);
        return ErrorCode.isDefinite(code) ? fail(invoke, node, name) : info(invoke, node, name);
    }

    /** The error code of a reply, or -1 when it is not an error with a numeric code. */
    public static int errorCode(Reply reply) {
        if (reply instanceof Reply.Received r && "error".equals(r.type()) && r.body().get("code") instanceof Number n) {
            return n.intValue();
        }
        return -1;
    }

    public static Op ok(Op invoke, String node, Object value) {
        return completion(invoke, OpType.OK, Values.canonical(value), node, null);
    }

    public static Op fail(Op invoke, String node, String error) {
        return completion(invoke, OpType.FAIL, invoke.value(), node, error);
    }

    public static Op info(Op invoke, String node, String error) {
        return completion(invoke, OpType.INFO, invoke.value(), node, error);
    }

    private static Op completion(Op invoke, OpType type, Object value, String node, String error) {
        return new Op(-1, -1, type, invoke.process(), invoke.f(), invoke.key(), value, node, error);
    }
}
