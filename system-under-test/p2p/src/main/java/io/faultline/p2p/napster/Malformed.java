package io.faultline.p2p.napster;

import io.faultline.node.Message;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.p2p.napster.NapsterMessages.AddFile;
import io.faultline.p2p.napster.NapsterMessages.Fetch;
import io.faultline.p2p.napster.NapsterMessages.Get;
import io.faultline.p2p.napster.NapsterMessages.Login;
import io.faultline.p2p.napster.NapsterMessages.Publish;
import io.faultline.p2p.napster.NapsterMessages.Query;
import io.faultline.p2p.napster.NapsterMessages.RemoveFile;
import io.faultline.p2p.napster.NapsterMessages.Search;
import io.faultline.p2p.napster.NapsterMessages.Unpublish;

/**
 * A body whose fields the codec left null because the sender omitted them. A node must not throw for anything
 * a client or a peer can send (node-api's {@code Node} contract), so such a request is answered 12 instead.
 */
final class Malformed {

    private Malformed() {
    }

    static boolean hasMissingField(Message message) {
        return switch (message) {
            case Publish p -> p.file() == null || p.content() == null;
            case Unpublish u -> u.file() == null;
            case Search s -> s.keyword() == null;
            case Fetch f -> f.file() == null || f.peer() == null;
            case Get g -> g.file() == null;
            case Login l -> l.files() == null || l.files().contains(null);
            case AddFile a -> a.file() == null;
            case RemoveFile r -> r.file() == null;
            case Query q -> q.keyword() == null;
            default -> false;
        };
    }

    static ErrorReply reply(Message message) {
        return ErrorReply.of(ErrorCode.MALFORMED_REQUEST, "a field of " + message + " is missing");
    }
}
