package io.faultline.kv.raft;

import io.faultline.node.MessageRegistry;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code raft} system: a linearizable key-value store replicated with Raft.
 *
 * <p>Options: {@code reads=log} (default; every read is a log entry) or {@code reads=index} (ReadIndex,
 * §8); {@code election-timeout-ms} (150) and {@code heartbeat-ms} (50); {@code forward-timeout-ms} (1000).
 */
public final class RaftSystem implements NodeFactory {

    @Override
    public String name() {
        return "raft";
    }

    @Override
    public String description() {
        return "Raft (leader election, log replication, reads through the log or ReadIndex): linearizable";
    }

    @Override
    public SortedMap<String, String> bugs() {
        SortedMap<String, String> bugs = new TreeMap<>();
        bugs.put(RaftConfig.STALE_FOLLOWER_READS, "every node answers reads from its own state machine: stale reads");
        bugs.put(RaftConfig.NO_FSYNC, "persistent state is never synced: a crash loses votes and acknowledged writes");
        bugs.put(RaftConfig.LEASE_READS_WITHOUT_CLOCK_CHECK,
                "the leader reads locally as if it held a lease it never checks: a deposed leader serves stale reads");
        bugs.put(RaftConfig.COMMIT_PREVIOUS_TERM,
                "the leader commits entries of earlier terms by counting replicas (Figure 8): committed entries can vanish");
        return bugs;
    }

    @Override
    public void registerMessages(MessageRegistry registry) {
        RaftMessages.register(registry);
    }

    @Override
    public Node create(NodeConfig config) {
        return new RaftNode(configOf(config));
    }

    static RaftConfig configOf(NodeConfig config) {
        RaftConfig defaults = RaftConfig.defaults();
        String reads = config.choiceOption("reads", "log", List.of("log", "index"));
        return new RaftConfig(
                config.millisOptionAsNanos("election-timeout-ms", defaults.electionTimeoutNanos()),
                config.millisOptionAsNanos("heartbeat-ms", defaults.heartbeatNanos()),
                config.millisOptionAsNanos("forward-timeout-ms", defaults.forwardTimeoutNanos()),
                defaults.maxEntriesPerAppend(), reads.equals("index"), config.bugs());
    }
}
