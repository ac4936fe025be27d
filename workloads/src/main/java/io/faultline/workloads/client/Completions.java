package io.faultline.workloads.client;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.histories.model.Values;
import io.faultline.node.Message;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import java.util.function.Function;

/**
 * The mapping from a response to a completion that every lin-kv style client shares (DESIGN "Wire protocol").
 *
 * <ul>
 *   <li>a reply of the expected {@code _ok} kind: {@code ok} with the value it carries;</li>
 *   <li>an {@link ErrorReply} with a definite code: {@code fail}, error = the code's name ({@link ErrorCode});</li>
 *   <li>an {@link ErrorReply} with any other code: {@code info};</li>
 *   <li>any other reply: {@code info} {@code unexpected-reply};</li>
 *   <li>a timeout: {@code info} {@code timeout}; a request that was never sent: {@code fail} {@code not-sent}.</li>
 * </ul>
 * Errors are stable kebab-case names with no free text, because checkers match on them
 * ({@code precondition-failed} tells a cas that observed another value from one that did not happen).
 */
public final class Completions {
    public static final String TIMEOUT = "timeout";
    public static final String NOT_SENT = "not-sent";
    public static final String UNEXPECTED_REPLY = "unexpected-reply";

    private Completions() {
    }

    /**
     * Maps {@code response} to the completion of {@code invoke}.
     *
     * @param okKind  the reply that means success ({@code ReadOk}, …)
     * @param okValue the completion's value, taken from a successful reply
     */
    public static <T extends Message> Op fromResponse(Op invoke, String node, Response response, Class<T> okKind,
                                                      Function<T, Object> okValue) {
        if (response instanceof Response.Reply r && okKind.isInstance(r.body())) {
            return ok(invoke, node, okValue.apply(okKind.cast(r.body())));
        }
        return notOk(invoke, node, response);
    }

    /** The completion of a response that is not the expected {@code _ok}: every case of the list above but the first. */
    public static Op notOk(Op invoke, String node, Response response) {
        return switch (response) {
            case Response.Reply r when r.body() instanceof ErrorReply error -> fromError(invoke, node, error);
            case Response.Reply r -> info(invoke, node, UNEXPECTED_REPLY);
            case Response.TimedOut t -> info(invoke, node, TIMEOUT);
            case Response.NotSent n -> fail(invoke, node, NOT_SENT);
        };
    }

    /** An error reply's completion: fail for a definite code, info otherwise. */
    public static Op fromError(Op invoke, String node, ErrorReply error) {
        String name = ErrorCode.historyName(error.code());
        return error.isDefinite() ? fail(invoke, node, name) : info(invoke, node, name);
    }

    /** Whether {@code response} is an error reply with {@code code}. */
    public static boolean isError(Response response, ErrorCode code) {
        return response instanceof Response.Reply r && r.body() instanceof ErrorReply error
                && error.code() == code.code();
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
