package io.faultline.kv.raft;

import java.util.List;

/** A read-only snapshot of one server's Raft state, for tests and for people reading logs. */
record RaftStatus(RaftState.Role role, long term, String votedFor, String leaderId, long commitIndex,
                  long lastApplied, List<Entry> log) {

    boolean isLeader() {
        return role == RaftState.Role.LEADER;
    }
}
