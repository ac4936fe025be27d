package io.faultline.p2p.napster;

import io.faultline.node.Context;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.LeaveOk;
import io.faultline.p2p.napster.NapsterMessages.Heartbeat;
import io.faultline.p2p.napster.NapsterMessages.HeartbeatOk;
import io.faultline.p2p.napster.NapsterMessages.Login;
import io.faultline.p2p.napster.NapsterMessages.Logout;
import java.util.function.Consumer;

/**
 * A peer's session with the index server: log in with the whole shared folder, then a heartbeat every
 * {@code heartbeat-ms}. When the index answers that it does not know the peer (it restarted, or dropped the peer
 * while a partition kept the heartbeats away) the peer logs in again; an unanswered login is retried at the next
 * beat. After {@code leave} the peer logs out and stays out for the rest of this life.
 */
final class IndexSession {

    /** Whom a leaving peer hands its files to: nobody, they leave with it. */
    private static final String NOBODY = "";

    private final String index;
    private final Calls calls;
    private boolean loggedIn;
    private boolean left;

    IndexSession(String index, Calls calls) {
        this.index = index;
        this.calls = calls;
    }

    String index() {
        return index;
    }

    boolean loggedIn() {
        return loggedIn;
    }

    boolean left() {
        return left;
    }

    /** The index may have missed a change: the next beat sends the whole list again, which replaces its entries. */
    void resync() {
        loggedIn = false;
    }

    void logIn(Context ctx, Consumer<Context> onLoggedIn, Consumer<Context> onTimeout) {
        SharedFolder folder = new SharedFolder(ctx.storage());
        Login login = new Login(folder.names(), folder.version());
        calls.call(ctx, index, login, (c, reply) -> {
            loggedIn = true;
            onLoggedIn.accept(c);
        }, onTimeout);
    }

    /** One heartbeat period: a heartbeat if logged in, else another try at logging in. */
    void beat(Context ctx) {
        if (left) {
            return;
        }
        if (!loggedIn) {
            logIn(ctx, c -> { }, c -> { });
            return;
        }
        calls.call(ctx, index, new Heartbeat(), (c, reply) -> {
            if (reply instanceof HeartbeatOk ok && !ok.known()) {
                resync();
                logIn(c, x -> { }, x -> { });
            }
        }, c -> { }); // the index is down or cut off: keep beating, it answers "unknown" when it is back
    }

    /** Voluntary departure: stop beating at once, and tell the index so that it drops the entries now. */
    void leave(Context ctx, ReplyTo client) {
        left = true;
        loggedIn = false;
        calls.call(ctx, index, new Logout(), (c, reply) -> c.reply(client, new LeaveOk(NOBODY)),
                c -> c.reply(client, ErrorReply.of(ErrorCode.TIMEOUT, "the index did not acknowledge the logout;"
                        + " it drops this peer's entries after peer-timeout-ms without heartbeats")));
    }
}
