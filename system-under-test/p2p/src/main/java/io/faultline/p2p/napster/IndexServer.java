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
        /** The peer's folder version the files are at; a login or change at an older one arrived late. */
        long version;
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
        if (Malformed.hasMissingField(message)) {
            ctx.reply(Malformed.reply(message));
            return;
        }
        boolean known = heardFrom(from, ctx.now()); // any message from a peer shows it is alive
        switch (message) {
            case Login login -> {
                logIn(from, login, ctx.now());
                ctx.reply(new LoginOk());
            }
            case Heartbeat ignored -> ctx.reply(new HeartbeatOk(known));
            case AddFile add -> ctx.reply(new FileOk(known && change(from, add.version(),
                    () -> addFile(from, add.file()))));
            case RemoveFile remove -> ctx.reply(new FileOk(known && change(from, remove.version(),
                    () -> removeFile(from, remove.file()))));
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
    private void logIn(String peer, Login login, long nowNanos) {
        Session known = sessions.get(peer);
        if (known != null && known.version > login.version()) {
            return; // overtaken by a change the index already applied; the newer state stays
        }
        logOut(peer);
        Session session = new Session();
        session.lastHeardNanos = nowNanos;
        session.version = login.version();
        sessions.put(peer, session);
        login.files().forEach(file -> addFile(peer, file));
    }

    /**
     * Applies a logged-in peer's change if it is the next version of its folder. An older one arrived late and is
     * already reflected in what the index holds. A newer one means the index missed a change (its message was lost
     * or is late): it answers "not known", and the peer logs in again with its whole folder.
     *
     * @return whether the index is up to date with the change
     */
    private boolean change(String peer, long version, Runnable apply) {
        Session session = sessions.get(peer);
        if (version <= session.version) {
            return true;
        }
        if (version > session.version + 1) {
            return false;
        }
        session.version = version;
        apply.run();
        return true;
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
