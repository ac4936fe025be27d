package io.faultline.kv.raft;

import io.faultline.kv.testing.ScriptedCluster;
import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.Latency;
import java.util.List;
import java.util.function.UnaryOperator;

/** Shortcuts for Raft tests on a {@link ScriptedCluster}. */
final class RaftTesting {

    static final long MILLIS = 1_000_000L;

    private RaftTesting() {
    }

    static ScriptedCluster cluster(int size, long seed) {
        return cluster(size, seed, spec -> spec);
    }

    static ScriptedCluster cluster(int size, long seed, Latency latency) {
        return ScriptedCluster.start(ClusterSpec.of(new RaftSystem(), size), seed, latency);
    }

    static ScriptedCluster cluster(int size, long seed, UnaryOperator<ClusterSpec> configure) {
        return ScriptedCluster.start(configure.apply(ClusterSpec.of(new RaftSystem(), size)), seed);
    }

    static RaftStatus status(ScriptedCluster cluster, String id) {
        return ((RaftNode) cluster.node(id)).status();
    }

    /** Makes {@code id} time out and run an election, delivering every message it causes. */
    static void elect(ScriptedCluster cluster, String id) {
        cluster.fire(id, Election.Timeout.class);
        cluster.deliverAll();
    }

    /** Makes the leader send a heartbeat round and delivers everything it causes. */
    static void heartbeat(ScriptedCluster cluster, String leader) {
        cluster.fire(leader, LogReplication.Heartbeat.class);
        cluster.deliverAll();
    }

    /** Replaces a node's persistent Raft state, as if it had crashed with exactly this on disk. */
    static void restartWith(ScriptedCluster cluster, String id, long term, String votedFor, List<Entry> log) {
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
