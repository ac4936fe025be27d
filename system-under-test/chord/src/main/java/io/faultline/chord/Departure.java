package io.faultline.chord;

import io.faultline.chord.ChordMessages.Entry;
import io.faultline.chord.ChordMessages.Leaving;
import io.faultline.chord.ChordMessages.Store;
import io.faultline.node.Context;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.LeaveOk;
import java.util.List;

/**
 * Voluntary departure (§5.3): "a node n that is about to leave may transfer its keys to its successor before it
 * departs", and "n may notify its predecessor p and successor s before leaving". n sends every key it holds to s
 * and waits for s to acknowledge them, then tells p and s, then stops taking part. Replicas further along the
 * ring are repaired by the owners' periodic pushes (§5.2), as after a crash.
 */
final class Departure {

    private final Ring ring;
    private final KeyStore keys;
    private final Rpcs rpcs;
    private final ChordConfig config;

    Departure(Ring ring, KeyStore keys, Rpcs rpcs, ChordConfig config) {
        this.ring = ring;
        this.keys = keys;
        this.rpcs = rpcs;
        this.config = config;
    }

    /** A client asked us to leave: answers {@code leave_ok} once our successor holds our keys. */
    void onLeave(Context ctx) {
        ReplyTo client = ctx.replyTo();
        if (!ring.joined) {
            ctx.reply(ClientRequests.unavailable(ring.left ? "already left the ring" : "not in the ring"));
            return;
        }
        String successor = ring.successor().orElse("");
        if (successor.isEmpty()) {
            leave(ctx, client, ""); // the only node: nobody to hand over to
            return;
        }
        List<Entry> all = keys.entries(keyId -> true);
        rpcs.call(ctx, successor, new Store(all, true), config.rpcTimeoutMs(),
                (c, reply) -> leave(c, client, successor),
                c -> {
                    stopTakingPart(c, successor);
                    c.reply(client, ErrorReply.of(ErrorCode.TIMEOUT,
                            "successor " + successor + " did not acknowledge the keys; left anyway"));
                });
    }

    private void leave(Context ctx, ReplyTo client, String successor) {
        stopTakingPart(ctx, successor);
        ctx.reply(client, new LeaveOk(successor));
    }

    private void stopTakingPart(Context ctx, String successor) {
        Leaving notice = new Leaving(ring.self, ring.predecessor == null ? "" : ring.predecessor,
                List.copyOf(ring.successors));
        if (ring.predecessor != null) {
            ctx.send(ring.predecessor, notice);
        }
        if (!successor.isEmpty() && !successor.equals(ring.predecessor)) {
            ctx.send(successor, notice);
        }
        ring.joined = false;
        ring.left = true;
        ctx.log("left the ring, keys handed to " + (successor.isEmpty() ? "nobody" : successor));
    }
}
