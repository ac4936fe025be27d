package io.faultline.p2p.napster;

import io.faultline.node.MessageRegistry;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code napster} system: one index server (option {@code index}) and peers that log in to it, publish their
 * files, search by keyword through it and fetch files from each other directly. See {@code docs/p2p.md}.
 */
public final class NapsterSystem implements NodeFactory {

    /** The {@code no-dead-peer-removal} bug's name. */
    public static final String NO_DEAD_PEER_REMOVAL = "no-dead-peer-removal";
    /** The {@code no-unpublish-notice} bug's name. */
    public static final String NO_UNPUBLISH_NOTICE = "no-unpublish-notice";

    @Override
    public String name() {
        return "napster";
    }

    @Override
    public String description() {
        return "Napster: a central index server answers keyword searches in one round trip; peers publish to it,"
                + " heartbeat, and fetch files from each other directly. The index is a single point of failure";
    }

    /** The bug switches; each makes searches answer hits that a soundness check rejects. */
    @Override
    public SortedMap<String, String> bugs() {
        SortedMap<String, String> bugs = new TreeMap<>();
        bugs.put(NO_DEAD_PEER_REMOVAL, "the index never drops a peer that stopped sending heartbeats, so searches"
                + " keep answering hits that name crashed peers");
        bugs.put(NO_UNPUBLISH_NOTICE, "a peer deletes an unpublished file but never tells the index, so searches"
                + " keep answering hits for files their peers withdrew (until the peer's next change, in which the"
                + " index finds a version missing and asks for a fresh login)");
        return bugs;
    }

    @Override
    public void registerMessages(MessageRegistry registry) {
        NapsterMessages.register(registry);
    }

    @Override
    public Node create(NodeConfig config) {
        NapsterConfig napster = NapsterConfig.from(config);
        return config.id().equals(napster.index())
                ? new IndexServer(napster, config.hasBug(NO_DEAD_PEER_REMOVAL))
                : new Peer(napster, config.hasBug(NO_UNPUBLISH_NOTICE));
    }
}
