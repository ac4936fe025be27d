package io.faultline.kv.raft;

import io.faultline.kv.common.LinKvCommands;
import io.faultline.kv.common.KvCommand;
import io.faultline.kv.common.KvResult;
import io.faultline.node.Context;
import io.faultline.node.ReplyTo;
import java.util.HashMap;
import java.util.Map;

/**
 * Applies committed entries to the state machine in log order (§5.3) and answers the clients that
 * wait for them.
 *
 * <p>A client waits for the (index, term) its entry was appended at. By the Log Matching Property an
 * entry is identified by its index and term, so when a different entry is applied at that index the
 * client's entry was never committed and never will be: it gets 11, a definite error.
 */
final class Applier {

    private record Waiting(long term, KvCommand command, ReplyTo client) {
    }

    private final RaftState state;
    private final Map<Long, Waiting> waitingByIndex = new HashMap<>();

    Applier(RaftState state) {
        this.state = state;
    }

    void await(long index, long term, KvCommand command, ReplyTo client) {
        waitingByIndex.put(index, new Waiting(term, command, client));
    }

    /**
     * Applies every committed, not yet applied entry. Correct Raft never truncates a committed entry;
     * under the {@code no-fsync} bug a follower can, so the log's end bounds what can be applied.
     */
    void applyCommitted(Context ctx) {
        while (state.lastApplied < Math.min(state.commitIndex, state.log.lastIndex())) {
            state.lastApplied++;
            Entry entry = state.log.entryAt(state.lastApplied);
            KvResult result = state.stateMachine.apply(entry.command());
            Waiting waiting = waitingByIndex.remove(state.lastApplied);
            if (waiting != null) {
                answer(ctx, waiting, entry, result);
            }
        }
    }

    private static void answer(Context ctx, Waiting waiting, Entry applied, KvResult result) {
        if (applied.term() == waiting.term()) {
            ctx.reply(waiting.client(), LinKvCommands.replyOf(waiting.command(), result));
        } else {
            ctx.reply(waiting.client(), LinKvCommands.unavailable(
                    "leadership changed and another entry was committed in this one's place"));
        }
    }
}
