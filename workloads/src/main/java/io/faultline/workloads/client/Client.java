package io.faultline.workloads.client;

import io.faultline.histories.Op;
import java.util.function.Consumer;

/**
 * Turns an invocation into requests to a node, and what comes back into the invocation's completion:
 * Jepsen's client {@code invoke!}, made non-blocking so that the single-threaded simulator can run it.
 *
 * <p>Contract: {@link #invoke} returns at once and calls {@code onComplete} exactly once, with an op of the
 * invocation's process, f and key, of type {@code ok} (it happened, with the value observed), {@code fail}
 * (it certainly did not happen) or {@code info} (it may have happened). When in doubt, a client reports
 * {@code info}: a timeout is always {@code info}. The completion's index and time are left for the
 * interpreter to stamp; its {@code node} is the node asked. Implementations hold no per-run state, so one
 * instance serves every worker.
 */
public interface Client {

    /**
     * @param invocation the invoke line the interpreter handed out
     * @param node       the node this worker talks to
     * @param transport  how to reach it
     * @param onComplete called exactly once with the completion
     */
    void invoke(Op invocation, String node, ClientTransport transport, Consumer<Op> onComplete);
}
