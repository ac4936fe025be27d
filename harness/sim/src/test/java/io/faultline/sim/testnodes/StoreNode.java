package io.faultline.sim.testnodes;

import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;

/**
 * A single-node key-value store over {@link io.faultline.node.Storage}, for the lifecycle tests. A write syncs
 * only if its key starts with {@code synced/}; {@code onStart} counts boots in storage (synced); {@link Now}
 * reports the node's clock; {@link Ping} arms a timer that pings the sender back when it fires.
 */
public final class StoreNode implements Node {

    /** Asks for the node's clock. */
    public record Now() implements Message {
    }

    public record NowOk(long nanos) implements Message {
    }

    /** Asks the node to reply {@link Pong} after {@code afterNanos} of its own clock. */
    public record Ping(long afterNanos) implements Message {
    }

    public record Pong(long nodeNanos) implements Message {
    }

    /** Makes the node throw: a node bug. */
    public record Explode() implements Message {
    }

    private record PongDue(String to, long msgId) {
    }

    @Override
    public void onStart(Context ctx) {
        long boots = ctx.storage().getString("boots").map(Long::parseLong).orElse(0L) + 1;
        ctx.storage().putString("boots", Long.toString(boots));
        ctx.storage().sync();
        ctx.log("boot " + boots);
    }

    @Override
    public void onMessage(Context ctx, String from, Message message) {
        switch (message) {
            case Write write -> write(ctx, write);
            case Read read -> ctx.reply(ctx.storage().getString((String) read.key())
                    .<Message>map(value -> new ReadOk(value))
                    .orElse(ErrorReply.of(ErrorCode.KEY_DOES_NOT_EXIST, "no " + read.key())));
            case Now now -> ctx.reply(new NowOk(ctx.now()));
            case Ping ping -> ctx.setTimer(ping.afterNanos(), new PongDue(from, ctx.replyTo().msgId()));
            case Explode explode -> throw new IllegalStateException("boom");
            default -> ctx.reply(ErrorReply.of(ErrorCode.NOT_SUPPORTED, message.toString()));
        }
    }

    @Override
    public void onTimer(Context ctx, Object tag) {
        PongDue due = (PongDue) tag;
        ctx.reply(new io.faultline.node.ReplyTo(due.to(), due.msgId()), new Pong(ctx.now()));
    }

    private static void write(Context ctx, Write write) {
        String key = (String) write.key();
        ctx.storage().putString(key, String.valueOf(write.value()));
        if (key.startsWith("synced/")) {
            ctx.storage().sync();
        }
        ctx.reply(new WriteOk());
    }
}
