package io.faultline.chord;

import io.faultline.chord.ChordMessages.Lookup;
import io.faultline.chord.ChordMessages.LookupOk;
import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The client side: lin-kv {@code read}/{@code write}/{@code cas} at any node, which looks up the key's owner and
 * forwards the request (relaying the answer), and {@code lookup}. The owner serves from its own copy: a cas on a
 * key it does not hold fails with 20, or with {@code create_if_not_exists} writes the key like a write does.
 */
final class ClientRequests {

    private final Ring ring;
    private final Lookups lookups;
    private final KeyStore keys;
    private final Replication replication;
    private final Rpcs rpcs;
    private final ChordConfig config;
    private final List<String> peers;

    ClientRequests(Ring ring, Lookups lookups, KeyStore keys, Replication replication, Rpcs rpcs, ChordConfig config,
                   List<String> peers) {
        this.ring = ring;
        this.lookups = lookups;
        this.keys = keys;
        this.replication = replication;
        this.rpcs = rpcs;
        this.config = config;
        this.peers = peers;
    }

    void onLookup(Context ctx, Lookup l) {
        ReplyTo client = ctx.replyTo();
        if (!ring.joined) {
            ctx.reply(unavailable("not yet in the ring"));
            return;
        }
        lookups.find(ctx, ChordId.ofKey(l.key()), null,
                found -> ctx.reply(client, new LookupOk(found.owner(), found.hops())),
                c -> c.reply(client, unavailable("lookup failed")));
    }

    /** A read, write or cas from a client (we route it) or from a peer (routed here: we serve it). */
    void onRequest(Context ctx, String from, Message request, Object key) {
        ReplyTo client = ctx.replyTo();
        if (!ring.joined) {
            ctx.reply(unavailable("not yet in the ring"));
            return;
        }
        if (peers.contains(from)) {
            execute(ctx, client, request, key); // routed here by a peer: we are the owner, or say we are not
            return;
        }
        lookups.find(ctx, ChordId.ofKey(key), null, found -> {
            if (found.owner().equals(ring.self)) {
                execute(ctx, client, request, key);
            } else {
                rpcs.call(ctx, found.owner(), request, config.forwardTimeoutMs(), (c, reply) -> c.reply(client, reply),
                        c -> c.reply(client, ErrorReply.of(ErrorCode.TIMEOUT,
                                "no answer from owner " + found.owner() + "; the request may have taken effect")));
            }
        }, c -> c.reply(client, unavailable("lookup of the key's owner failed")));
    }

    private void execute(Context ctx, ReplyTo client, Message request, Object key) {
        if (!ring.owns(ChordId.ofKey(key))) {
            ctx.reply(client, unavailable(ring.self + " does not own key " + key));
            return;
        }
        Optional<KeyStore.Versioned> current = keys.get(key);
        switch (request) {
            case Read r -> ctx.reply(client, current.isEmpty()
                    ? ErrorReply.of(ErrorCode.KEY_DOES_NOT_EXIST, "key does not exist: " + key)
                    : new ReadOk(current.get().value()));
            case Write w -> replication.put(ctx, client, key, w.value(), new WriteOk());
            case Cas c -> {
                if (current.isEmpty() && c.createIfNotExists()) {
                    replication.put(ctx, client, key, c.to(), new CasOk());
                } else if (current.isEmpty()) {
                    ctx.reply(client, ErrorReply.of(ErrorCode.KEY_DOES_NOT_EXIST, "key does not exist: " + key));
                } else if (!Objects.equals(current.get().value(), c.from())) {
                    ctx.reply(client, ErrorReply.of(ErrorCode.PRECONDITION_FAILED,
                            "expected " + c.from() + " but found " + current.get().value()));
                } else {
                    replication.put(ctx, client, key, c.to(), new CasOk());
                }
            }
            default -> throw new IllegalStateException("not a lin-kv request: " + request);
        }
    }

    static ErrorReply unavailable(String why) {
        return ErrorReply.of(ErrorCode.TEMPORARILY_UNAVAILABLE, why);
    }
}
