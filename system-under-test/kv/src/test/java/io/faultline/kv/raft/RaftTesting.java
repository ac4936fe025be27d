package io.faultline.kv.raft;

import io.faultline.kv.testing.TestCluster;
import io.faultline.node.NodeConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Shortcuts for Raft tests on a {@link TestCluster}. */
final class RaftTesting {

    static final long MILLIS = 1_000_000L;

    private RaftTesting() {
    }

    static TestCluster cluster(int size, long seed) {
        return TestCluster.of(new RaftSystem(), size, seed);
    }

    static TestCluster cluster(int size, long seed, UnaryOperator<NodeConfig> configure) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            ids.add("n" + i);
        }
        return new TestCluster(new RaftSystem(), ids, seed, configure);
    }

    static UnaryOperator<NodeConfig> bugs(String... names) {
        return config -> config.withBugs(Set.of(names));
    }

    static RaftStatus status(TestCluster cluster, String id) {
        return ((RaftNode) cluster.node(id)).status();
    }

    /** Makes {@code id} time out and run an election, delivering every message it causes. */
    static void elect(TestCluster cluster, String id) {
        cluster.fire(id, Election.Timeout.class);
        cluster.deliverAll();
    }

    /** Makes the leader send a heartbeat round and delivers everything it causes. */
    static void heartbeat(TestCluster cluster, String leader) {
        cluster.fire(leader, LogReplication.Heartbeat.class);
        cluster.deliverAll();
    }

    /** Replaces a node's persistent Raft state, as if it had crashed with exactly this on disk. */
    static void restartWith(TestCluster cluster, String id, long term, String votedFor, List<Entry> log) {
        cluster.crash(id);
        var storage = cluster.storage(id);
        for (String key : storage.keys("raft/")) {
            storage.delete(key);
        }
        RaftPersistence persistence = new RaftPersistence(true);
        persistence.saveTermAndVote(storage, term, votedFor);
        RaftLog raftLog = new RaftLog();
        log.forEach(raftLog::append);
        persistence.saveLogFrom(storage, raftLog, 1);
        persistence.syncIfDirty(storage);
        cluster.start(id);
    }
}
