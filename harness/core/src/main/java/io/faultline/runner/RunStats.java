package io.faultline.runner;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.Outcome;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * What a run's clients experienced, from its history alone: how many ops succeeded, failed or ended unknown,
 * and how long the successful ones took, in the event loop's time (virtual in the simulator, so the numbers
 * replay with the seed and say nothing about this machine's speed).
 *
 * @param calls           client calls, final reads included
 * @param ok              calls that completed ok
 * @param answered        calls the system decided: ok, or refused on their own terms (a cas whose expected value
 *                        was not there, a key that does not exist), which is an answer, not an outage
 * @param failed          calls that definitely did not happen
 * @param unknown         calls that ended in info or never ended
 * @param faults          faults the nemesis injected
 * @param latencyP50Nanos median latency of ok calls, or -1 without any
 * @param latencyP99Nanos 99th percentile latency of ok calls, or -1 without any
 * @param nodeMessages    messages the nodes sent one another during the run, or -1 when the runtime cannot count
 *                        them (see {@link io.faultline.runtime.MessageCounting}); not in the history, so
 *                        {@link #of} leaves it -1 and the runner adds it with {@link #withNodeMessages}
 */
public record RunStats(long calls, long ok, long answered, long failed, long unknown, long faults,
                       long latencyP50Nanos, long latencyP99Nanos, long nodeMessages) {

    /** The largest latency tracked exactly; longer ones are clamped (no client waits an hour). */
    private static final long MAX_TRACKED_NANOS = 3_600_000_000_000L;
    /** Definite errors that are the system's answer to the operation rather than a refusal to serve it. */
    private static final Set<String> ANSWERS = Set.of("precondition-failed", "key-does-not-exist",
            "key-already-exists");

    public static RunStats of(History history) {
        List<Call> calls = history.calls();
        Histogram latencies = new Histogram(MAX_TRACKED_NANOS, 3);
        long ok = 0;
        long refused = 0;
        long failed = 0;
        for (Call call : calls) {
            if (call.outcome() == Outcome.OK) {
                ok++;
                latencies.recordValue(Math.min(MAX_TRACKED_NANOS, call.completeTime() - call.invokeTime()));
            } else if (call.outcome() == Outcome.FAIL) {
                failed++;
                refused += ANSWERS.contains(call.error()) ? 1 : 0;
            }
        }
        long faults = history.nemesisOps().stream().filter(RunStats::startsFault).count() / 2;
        boolean any = ok > 0;
        return new RunStats(calls.size(), ok, ok + refused, failed, calls.size() - ok - failed, faults,
                any ? latencies.getValueAtPercentile(50) : -1, any ? latencies.getValueAtPercentile(99) : -1, -1);
    }

    /** These stats with the cluster's count of node-to-node messages (-1: not counted). */
    public RunStats withNodeMessages(long count) {
        return new RunStats(calls, ok, answered, failed, unknown, faults, latencyP50Nanos, latencyP99Nanos, count);
    }

    /**
     * Node-to-node messages per client call: what a design pays for its consistency. Empty when the runtime cannot
     * count messages or the run made no calls.
     */
    public OptionalDouble messagesPerCall() {
        return nodeMessages < 0 || calls == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) nodeMessages / calls);
    }

    /**
     * Availability: the share of calls the system decided ({@link #answered()}), in percent; 100 for a run without
     * calls. A cas refused because the register held another value was served; a timeout or
     * {@code temporarily-unavailable} was not.
     */
    public double availabilityPercent() {
        return calls == 0 ? 100 : 100.0 * answered / calls;
    }

    /** The share of calls that completed ok, in percent; 100 for a run without calls. */
    public double okPercent() {
        return calls == 0 ? 100 : 100.0 * ok / calls;
    }

    /** A nemesis line that injects (rather than heals): recorded twice per fault, as invocation and completion. */
    private static boolean startsFault(Op op) {
        String f = op.f();
        return f.startsWith("start-") || f.equals("kill") || f.equals("pause");
    }
}
