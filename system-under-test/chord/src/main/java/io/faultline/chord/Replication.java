package io.faultline.chord;

import io.faultline.chord.ChordMessages.Entry;
import io.faultline.chord.ChordMessages.Store;
import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import java.math.BigInteger;
import java.util.List;

/**
 * Replication (§5.2: "store the data on the k nodes succeeding the key"): a write is acknowledged once the next
 * k − 1 successors stored it, and every {@code replicate-ms} the owner pushes the keys it owns to them again,
 * which repairs the replicas after crashes and ring changes.
 */
final class Replication {

    private final Ring ring;
    private final KeyStore keys;
    private final Rpcs rpcs;
    private final ChordConfig config;

    Replication(Ring ring, KeyStore keys, Rpcs rpcs, ChordConfig config) {
        this.ring = ring;
        this.keys = keys;
        this.rpcs = rpcs;
        this.config = config;
    }

    /** The periodic push: the owner sends its keys in (predecessor, n] to its next k − 1 successors. */
    void push(Context ctx) {
        if (!ring.joined || ring.predecessor == null || keys.isEmpty()) {
            return;
        }
        BigInteger pid = ring.id(ring.predecessor);
        List<Entry> mine = keys.entries(keyId -> ChordId.inHalfOpen(keyId, pid, ring.selfId));
        if (!mine.isEmpty()) {
            for (String replica : ring.replicaTargets(config.replicas())) {
                ctx.send(replica, new Store(mine, false));
            }
        }
    }

    /** Stores a new version and answers {@code ok} once every one of the next k − 1 successors stored it too. */
    void put(Context ctx, ReplyTo client, Object key, Object value, Message ok) {
        KeyStore.Versioned next = keys.putNext(key, value, ring.self);
        List<String> targets = ring.replicaTargets(config.replicas());
        if (targets.isEmpty()) {
            ctx.reply(client, ok);
            return;
        }
        Store store = new Store(List.of(KeyStore.entry(key, next)), true);
        int[] acks = {0};
        boolean[] answered = {false};
        for (String replica : targets) {
            rpcs.call(ctx, replica, store, config.rpcTimeoutMs(), (c, reply) -> {
                if (++acks[0] == targets.size() && !answered[0]) {
                    answered[0] = true;
                    c.reply(client, ok);
                }
            }, c -> {
                if (!answered[0]) {
                    answered[0] = true;
                    c.reply(client, ErrorReply.of(ErrorCode.TIMEOUT,
                            "replica " + replica + " did not acknowledge; the write may survive"));
                }
            });
        }
    }
}
