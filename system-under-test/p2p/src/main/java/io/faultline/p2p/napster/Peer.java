package io.faultline.p2p.napster;

import io.faultline.node.Context;
import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Leave;
import io.faultline.p2p.napster.NapsterMessages.Fetch;
import io.faultline.p2p.napster.NapsterMessages.Get;
import io.faultline.p2p.napster.NapsterMessages.Publish;
import io.faultline.p2p.napster.NapsterMessages.Search;
import io.faultline.p2p.napster.NapsterMessages.Unpublish;

/**
 * A Napster peer: it logs in to the index on start (and so after every restart) with the files of its shared
 * folder, heartbeats, and serves clients ({@link PeerRequests}) and other peers' downloads.
 */
final class Peer implements Node {

    /** The timer tag of the heartbeat period. */
    record Beat() {
    }

    private final NapsterConfig config;
    private final Calls calls;
    private final IndexSession session;
    private final PeerRequests requests;

    Peer(NapsterConfig config, boolean skipsUnpublishNotice) {
        this.config = config;
        this.calls = new Calls(config.requestTimeoutNanos());
        this.session = new IndexSession(config.index(), calls);
        this.requests = new PeerRequests(session, calls, skipsUnpublishNotice);
    }

    @Override
    public void onStart(Context ctx) {
        session.logIn(ctx, c -> { }, c -> { });
        // a random first beat, so that peers started together do not all beat at the same instant
        ctx.setTimer(ctx.random().nextLong(config.heartbeatNanos()) + 1, new Beat());
    }

    @Override
    public void onTimer(Context ctx, Object tag) {
        switch (tag) {
            case Calls.Timeout timeout -> calls.onTimeout(ctx, timeout);
            case Beat ignored -> {
                session.beat(ctx);
                ctx.setTimer(config.heartbeatNanos(), tag);
            }
            default -> ctx.log("unknown timer " + tag);
        }
    }

    @Override
    public void onMessage(Context ctx, String from, Message message) {
        if (ctx.inReplyTo() != Envelope.NO_ID) {
            calls.onReply(ctx, message);
            return;
        }
        if (session.left()) {
            ctx.reply(ErrorReply.of(ErrorCode.TEMPORARILY_UNAVAILABLE, ctx.self() + " has left the network"));
            return;
        }
        if (Malformed.hasMissingField(message)) {
            ctx.reply(Malformed.reply(message));
            return;
        }
        switch (message) {
            case Publish publish -> requests.publish(ctx, publish);
            case Unpublish unpublish -> requests.unpublish(ctx, unpublish);
            case Search search -> requests.search(ctx, search);
            case Fetch fetch -> requests.fetch(ctx, fetch);
            case Get get -> ctx.reply(requests.serve(ctx, get.file()));
            case Leave ignored -> session.leave(ctx, ctx.replyTo());
            default -> ctx.reply(ErrorReply.of(ErrorCode.NOT_SUPPORTED,
                    ctx.self() + " is a peer; " + message.getClass().getSimpleName() + " is not for it"));
        }
    }

    // ---------------------------------------------------------------- white-box views, for tests

    boolean loggedIn() {
        return session.loggedIn();
    }
}
