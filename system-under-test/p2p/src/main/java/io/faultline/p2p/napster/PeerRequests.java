package io.faultline.p2p.napster;

import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.p2p.ContentHash;
import io.faultline.p2p.napster.NapsterMessages.AddFile;
import io.faultline.p2p.napster.NapsterMessages.Fetch;
import io.faultline.p2p.napster.NapsterMessages.FetchOk;
import io.faultline.p2p.napster.NapsterMessages.FileOk;
import io.faultline.p2p.napster.NapsterMessages.Get;
import io.faultline.p2p.napster.NapsterMessages.GetOk;
import io.faultline.p2p.napster.NapsterMessages.Publish;
import io.faultline.p2p.napster.NapsterMessages.PublishOk;
import io.faultline.p2p.napster.NapsterMessages.QueryHits;
import io.faultline.p2p.napster.NapsterMessages.Query;
import io.faultline.p2p.napster.NapsterMessages.RemoveFile;
import io.faultline.p2p.napster.NapsterMessages.Search;
import io.faultline.p2p.napster.NapsterMessages.SearchOk;
import io.faultline.p2p.napster.NapsterMessages.Unpublish;
import io.faultline.p2p.napster.NapsterMessages.UnpublishOk;

/**
 * What a peer does for its client. Publish and unpublish change the shared folder first (synced) and then the
 * index, answering once the index has acknowledged; a search is one query to the index; a fetch goes straight to
 * the peer a hit named. Errors: a search or fetch nobody answers in time is 11 (definite: a read changes
 * nothing); a publish or unpublish the index does not acknowledge is 0 (indefinite: the index may have applied
 * it, and the peer sends its whole list at the next beat, so it will); a file the holder lacks is 20.
 */
final class PeerRequests {

    private final IndexSession session;
    private final Calls calls;
    private final boolean skipsUnpublishNotice;

    PeerRequests(IndexSession session, Calls calls, boolean skipsUnpublishNotice) {
        this.session = session;
        this.calls = calls;
        this.skipsUnpublishNotice = skipsUnpublishNotice;
    }

    void publish(Context ctx, Publish publish) {
        long version = new SharedFolder(ctx.storage()).put(publish.file(), publish.content());
        tellIndex(ctx, ctx.replyTo(), new AddFile(publish.file(), version), new PublishOk());
    }

    void unpublish(Context ctx, Unpublish unpublish) {
        SharedFolder folder = new SharedFolder(ctx.storage());
        if (!folder.holds(unpublish.file())) {
            ctx.reply(noSuchFile(ctx, unpublish.file()));
            return;
        }
        long version = folder.remove(unpublish.file());
        if (skipsUnpublishNotice) {
            ctx.reply(new UnpublishOk()); // the no-unpublish-notice bug: the index keeps listing the file
            return;
        }
        tellIndex(ctx, ctx.replyTo(), new RemoveFile(unpublish.file(), version), new UnpublishOk());
    }

    /** Sends one change to the index; if the index does not know us any more, a login carries it instead. */
    private void tellIndex(Context ctx, ReplyTo client, Message change, Message ok) {
        calls.call(ctx, session.index(), change, (c, reply) -> {
            if (reply instanceof FileOk fileOk && fileOk.known()) {
                c.reply(client, ok);
            } else {
                session.resync();
                session.logIn(c, x -> x.reply(client, ok), x -> x.reply(client, unacknowledged()));
            }
        }, c -> {
            session.resync();
            c.reply(client, unacknowledged());
        });
    }

    void search(Context ctx, Search search) {
        ReplyTo client = ctx.replyTo();
        calls.call(ctx, session.index(), new Query(search.keyword()), (c, reply) -> c.reply(client,
                        reply instanceof QueryHits hits ? new SearchOk(hits.hits()) : reply),
                c -> c.reply(client, ErrorReply.of(ErrorCode.TEMPORARILY_UNAVAILABLE,
                        "the index server " + session.index() + " did not answer the search in time")));
    }

    void fetch(Context ctx, Fetch fetch) {
        if (fetch.peer().equals(ctx.self())) {
            ctx.reply(asFetchOk(serve(ctx, fetch.file())));
            return;
        }
        ReplyTo client = ctx.replyTo();
        calls.call(ctx, fetch.peer(), new Get(fetch.file()), (c, reply) -> c.reply(client, asFetchOk(reply)),
                c -> c.reply(client, ErrorReply.of(ErrorCode.TEMPORARILY_UNAVAILABLE,
                        "peer " + fetch.peer() + " did not send " + fetch.file() + " in time")));
    }

    /** Another peer's download: the bytes and the hash of the bytes as stored here. */
    Message serve(Context ctx, String file) {
        return new SharedFolder(ctx.storage()).content(file)
                .<Message>map(content -> new GetOk(content, ContentHash.of(content)))
                .orElseGet(() -> noSuchFile(ctx, file));
    }

    /** The transfer relayed as it arrived, hash included, so that a checker sees what a fault did to it. */
    private static Message asFetchOk(Message reply) {
        return reply instanceof GetOk got ? new FetchOk(got.content(), got.hash()) : reply;
    }

    private static ErrorReply noSuchFile(Context ctx, String file) {
        return ErrorReply.of(ErrorCode.KEY_DOES_NOT_EXIST, ctx.self() + " does not share " + file);
    }

    private static ErrorReply unacknowledged() {
        return ErrorReply.of(ErrorCode.TIMEOUT, "the index did not acknowledge the change; the shared folder"
                + " holds it, and the next login sends it");
    }
}
