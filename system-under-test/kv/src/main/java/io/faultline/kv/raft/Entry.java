package io.faultline.kv.raft;

import io.faultline.kv.common.KvCommand;
import java.util.Objects;

/**
 * One Raft log entry (§5.3): the term in which a leader created it and the state-machine command.
 * Its index is its position in the log, so it is not stored in the entry.
 */
public record Entry(long term, KvCommand command) {

    public Entry {
        Objects.requireNonNull(command, "command");
    }
}
