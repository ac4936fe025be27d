package io.faultline.p2p.napster;

import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.p2p.Hit;
import io.faultline.p2p.KeywordIndex;
import io.faultline.p2p.napster.NapsterMessages.AddFile;
import io.faultline.p2p.napster.NapsterMessages.FileOk;
import io.faultline.p2p.napster.NapsterMessages.Heartbeat;
import io.faultline.p2p.napster.NapsterMessages.HeartbeatOk;
import io.faultline.p2p.napster.NapsterMessages.IndexState;
import io.faultline.p2p.napster.NapsterMessages.IndexStateOk;
import io.faultline.p2p.napster.NapsterMessages.Login;
import io.faultline.p2p.napster.NapsterMessages.LoginOk;
import io.faultline.p2p.napster.NapsterMessages.Logout;
import io.faultline.p2p.napster.NapsterMessages.LogoutOk;
import io.faultline.p2p.napster.NapsterMessages.Query;
import io.faultline.p2p.napster.NapsterMessages.QueryHits;
import io.faultline.p2p.napster.NapsterMessages.RemoveFile;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Napster's central index server. It holds, for every logged-in peer, the files it shares and when it was last
 * heard from, and a keyword index over all of them, so a search is answered from memory in one round trip: O(1)
 * messages per search, O(N) state, and no search at all while it is down (the lecture's single point of failure).
 * The index is soft state, volatile by design: after a restart it knows nobody, and peers log in again when a
 * heartbeat tells them so ({@link HeartbeatOk#known()}).
 */
final class IndexServer implements Node {

    /** The timer tag of the periodic sweep that drops peers silent for longer than {@code peer-timeout-ms}. */
    record Sweep() {
    }

    private static final class Session {
        final SortedSet<String> files = new TreeSet<>();
        long lastHeardNanos;
    }

    private final NapsterConfig config;
    private final boolean keepsSilentPeers;
    private final SortedMap<String, Session> sessions = new TreeMap<>();
    private final KeywordIndex index = new KeywordIndex();

    IndexServer(NapsterConfig config, boolean keepsSilentPeers) {
        this.config = config;
        this.keepsSilentPeers = keepsSilentPeers;
    }

    @Override
    public void onStart(Context ctx) {
        ctx.setTimer(config.heartbeatNanos(), new Sweep());
    }

    @Override
    public void onTimer(Context ctx, Object tag) {
        if (tag instanceof Sweep) {
            dropSilentPeers(ctx.now());
            ctx.setTimer(config.heartbeatNanos(), tag);
        }
    }

    @Override
    public void onMessage(Context ctx, String from, Message message) {
        boolean known = heardFrom(from, ctx.now()); // any message from a peer shows it is alive
        switch (message) {
            case Login login -> {
                logIn(from, login.files(), ctx.now());
                ctx.reply(new LoginOk());
            }
            case Heartbeat ignored -> ctx.reply(new HeartbeatOk(known));
            case AddFile add -> {
                if (known) {
                    addFile(from, add.file());
                }
                ctx.reply(new FileOk(known)); // unknown: the peer must log in first, with its whole list
            }
            case RemoveFile remove -> {
                if (known) {
                    removeFile(from, remove.file());
                }
                ctx.reply(new FileOk(known));
            }
            case Query query -> ctx.reply(new QueryHits(index.search(query.keyword())));
            case Logout ignored -> {
                logOut(from);
                ctx.reply(new LogoutOk());
            }
            case IndexState ignored -> ctx.reply(new IndexStateOk(sessions.size(), index.size(), index.keywords()));
            default -> ctx.reply(ErrorReply.of(ErrorCode.NOT_SUPPORTED,
                    ctx.self() + " is the index server; it holds no files: send this to a peer"));
        }
    }

    /** A login replaces what the index held for the peer: the list it sends is the whole shared folder. */
    private void logIn(String peer, List<String> files, long nowNanos) {
        logOut(peer);
        Session session = new Session();
        session.lastHeardNanos = nowNanos;
        sessions.put(peer, session);
        files.forEach(file -> addFile(peer, file));
    }

    private void logOut(String peer) {
        Session session = sessions.remove(peer);
        if (session != null) {
            session.files.forEach(file -> index.remove(new Hit(file, peer)));
        }
    }

    /** Whether the peer is logged in; if it is, it is alive now. */
    private boolean heardFrom(String peer, long nowNanos) {
        Session session = sessions.get(peer);
        if (session != null) {
            session.lastHeardNanos = nowNanos;
        }
        return session != null;
    }

    private void addFile(String peer, String file) {
        if (sessions.get(peer).files.add(file)) {
            index.add(new Hit(file, peer));
        }
    }

    private void removeFile(String peer, String file) {
        if (sessions.get(peer).files.remove(file)) {
            index.remove(new Hit(file, peer));
        }
    }

    private void dropSilentPeers(long nowNanos) {
        if (keepsSilentPeers) {
            return; // the no-dead-peer-removal bug: a crashed peer's files stay searchable forever
        }
        List<String> silent = new ArrayList<>();
        sessions.forEach((peer, session) -> {
            if (nowNanos - session.lastHeardNanos > config.peerTimeoutNanos()) {
                silent.add(peer);
            }
        });
        silent.forEach(this::logOut);
    }

    // ---------------------------------------------------------------- white-box views, for tests

    /** The logged-in peers, sorted. */
    List<String> peers() {
        return List.copyOf(sessions.keySet());
    }
}
