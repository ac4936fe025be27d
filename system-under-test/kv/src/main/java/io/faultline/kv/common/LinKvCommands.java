package io.faultline.kv.common;

import io.faultline.node.Message;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import java.util.Optional;

/** Translation between Maelstrom lin-kv bodies and {@link KvCommand}/{@link KvResult}. */
public final class LinKvCommands {

    private LinKvCommands() {
    }

    /** The command a lin-kv request asks for, or empty when the body is no lin-kv request. */
    public static Optional<KvCommand> commandOf(Message body) {
        return switch (body) {
            case Read read -> Optional.of(KvCommand.read(read.key()));
            case Write write -> Optional.of(KvCommand.write(write.key(), write.value()));
            case Cas cas -> Optional.of(KvCommand.cas(cas.key(), cas.from(), cas.to(), cas.createIfNotExists()));
            default -> Optional.empty();
        };
    }

    /** The lin-kv request body that asks for {@code command}; the inverse of {@link #commandOf}. */
    public static Message requestOf(KvCommand command) {
        return switch (command.kind()) {
            case READ -> new Read(command.key());
            case WRITE -> new Write(command.key(), command.value());
            case CAS -> new Cas(command.key(), command.expected(), command.value(), command.createIfNotExists());
            case NOOP -> throw new IllegalArgumentException("a no-op is never a client request");
        };
    }

    /** The lin-kv reply body for the outcome of {@code command}. */
    public static Message replyOf(KvCommand command, KvResult result) {
        if (!result.isOk()) {
            return ErrorReply.of(result.error(), result.errorText());
        }
        return switch (command.kind()) {
            case READ -> new ReadOk(result.value());
            case WRITE -> new WriteOk();
            case CAS -> new CasOk();
            case NOOP -> throw new IllegalArgumentException("a no-op has no client");
        };
    }

    /** Whether {@code body} is a lin-kv reply (ok or error), which a proxy relays to its client. */
    public static boolean isReply(Message body) {
        return body instanceof ReadOk || body instanceof WriteOk || body instanceof CasOk
                || body instanceof ErrorReply;
    }

    /** The definite "no one can serve this now" answer: the request was not attempted. */
    public static ErrorReply unavailable(String why) {
        return ErrorReply.of(ErrorCode.TEMPORARILY_UNAVAILABLE, why);
    }
}
