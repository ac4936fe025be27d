package io.faultline.kv.raft;

import io.faultline.node.Message;
import io.faultline.node.MessageRegistry;
import java.util.List;

/**
 * The node-to-node messages of Raft (Figure 2). RPCs are split into one-way messages, because a reply
 * travels on the replier's own link; every message carries its sender's term (§5.1).
 */
public final class RaftMessages {

    private RaftMessages() {
    }

    /** RequestVote arguments (§5.2). */
    public record RequestVote(long term, String candidate, long lastLogIndex, long lastLogTerm)
            implements Message {
    }

    /** RequestVote results (§5.2). */
    public record Vote(long term, boolean granted) implements Message {
    }

    /**
     * AppendEntries arguments (§5.3); with no entries, a heartbeat (§5.2). {@code round} numbers the
     * leader's broadcasts in its term, so that answers confirm leadership for ReadIndex (§8).
     */
    public record AppendEntries(long term, String leader, long prevLogIndex, long prevLogTerm,
                                List<Entry> entries, long leaderCommit, long round) implements Message {
        public AppendEntries {
            entries = List.copyOf(entries);
        }
    }

    /**
     * AppendEntries results. On success {@code matchIndex} is the last index known to match the
     * leader's log; on failure it is a hint: the follower matches at most up to there.
     */
    public record Appended(long term, boolean success, long matchIndex, long round) implements Message {
    }

    /** Registers the types under {@code raft_*} names. */
    public static MessageRegistry register(MessageRegistry registry) {
        return registry.register("raft_request_vote", RequestVote.class)
                .register("raft_vote", Vote.class)
                .register("raft_append_entries", AppendEntries.class)
                .register("raft_appended", Appended.class);
    }
}
