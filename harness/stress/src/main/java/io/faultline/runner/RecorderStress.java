package io.faultline.runner;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.histories.codec.JsonlWriter;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.workloads.generator.Generators;
import io.faultline.workloads.generator.Interpreter;
import io.faultline.workloads.generator.OpSpec;
import io.faultline.workloads.generator.Poll;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * The history recorder while completions arrive from two threads and someone reads the live file.
 *
 * <p>{@link HistoryRecorder} (and the {@link JsonlWriter} under it) is single-threaded by design: {@link RunDriver}
 * calls it only on the cluster's event loop, for invocations, for completions (client callbacks, which the real
 * runtimes run on the loop) and for nemesis ops (performed and recorded on the loop, synchronously). Threads meet
 * where a completion is born on another thread: a connection's reader thread reads a reply and posts it to the
 * {@link RealTimeLoop}, while the loop itself completes other ops by timeout. And the file is read while it is
 * written: {@code faultline serve}, {@code tail -f}, or whatever reads a run killed half-way.
 *
 * <p>So: the loop records two invocations (processes 0 and 1, as {@code RunDriver.start} does), schedules process
 * 1's timeout a few microseconds on, and runs until both ops are complete; the reader posts process 0's reply as
 * soon as the invocations are out, then reads the history as it stands. The arbiter reads the whole file back.
 *
 * <p>Why the rest is forbidden: a torn or malformed line, a lost or duplicated one, or indices that are not
 * 0, 1, 2, 3 in file order would make the stored history disagree with the one the checkers judged (and an
 * offline re-check of the file give another verdict); a completion before its invocation, or a time that runs
 * backwards, is a history no real run can have. The live reader may see any prefix of whole lines, never
 * anything else: with {@code flushEachLine} a line shorter than Jackson's buffer (these are) reaches the stream in
 * one write, so even a line cut short at the end is forbidden here. (A line longer than the buffer goes out in
 * pieces; that is the one line a {@code kill -9} may tear, which the JSONL reader drops with a warning.)
 */
@JCStressTest
@Description("Two completions (a posted reply and a timeout on the loop) recorded while the live file is read")
@Outcome(id = {"live 2, reply first", "live 3, reply first", "live 4, reply first"}, expect = ACCEPTABLE,
        desc = "The reply was recorded before the timeout. The live reader saw the two invocations and zero, one or"
                + " two completions: a prefix of whole lines.")
@Outcome(id = {"live 2, timeout first", "live 3, timeout first", "live 4, timeout first"}, expect = ACCEPTABLE,
        desc = "The timeout was recorded first (the loop got to it before the posted reply). Live reader as above.")
@Outcome(expect = FORBIDDEN,
        desc = "A torn, lost or duplicated line; indices not dense and in file order; a completion before its"
                + " invocation; time running backwards; the file disagreeing with the in-memory history.")
@State
public class RecorderStress {

    /** Process 1's timeout: about as long as the reader takes to post its reply, so that either may come first. */
    private static final long TIMEOUT_NANOS = TimeUnit.MICROSECONDS.toNanos(20);
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final RealTimeLoop loop = new RealTimeLoop();
    private final ByteArrayOutputStream file = new ByteArrayOutputStream();
    private final HistoryRecorder recorder = new HistoryRecorder("stress", new JsonlWriter(file, true),
            RunListener.NONE);
    private final Interpreter interpreter = new Interpreter(
            Generators.ops(List.of(OpSpec.write("x", 1), OpSpec.write("y", 2))), 2, new SplittableRandom(1));
    // loop thread only
    private int completed;
    // the loop publishes the two invocations once recorded; the reader answers the first
    private volatile Op[] invoked;

    @Actor
    public void loop() {
        Op[] ops = {invoke(), invoke()};
        invoked = ops;
        Op timedOut = Op.info(ops[1].process(), ops[1].f(), ops[1].key(), ops[1].value(), "timeout");
        loop.schedule(loop.now() + TIMEOUT_NANOS, () -> complete(timedOut));
        loop.runUntil(() -> completed == 2, loop.now() + DEADLINE_NANOS);
        recorder.close();
    }

    @Actor
    public void reader(LL_Result r) {
        Op[] ops;
        while ((ops = invoked) == null) {
            Thread.onSpinWait();
        }
        Op reply = Op.ok(ops[0].process(), ops[0].f(), ops[0].key(), ops[0].value());
        loop.post(() -> complete(reply));
        r.r1 = "live " + HistoryLines.check(file.toString(), false).description();
    }

    @Arbiter
    public void arbiter(LL_Result r) {
        HistoryLines whole = HistoryLines.check(file.toString(), true);
        boolean sameAsMemory = file.toString().equals(jsonl(recorder.history().ops()));
        r.r2 = whole.problem() != null ? whole.problem()
                : !sameAsMemory ? "the file differs from the history in memory"
                : whole.ops().get(2).type() == OpType.OK ? "reply first" : "timeout first";
    }

    /** The ops as JSONL; the history in memory renumbers ops by position, so dense indices write the same text. */
    private static String jsonl(List<Op> ops) {
        StringWriter text = new StringWriter();
        try (JsonlWriter writer = new JsonlWriter(text, false)) {
            ops.forEach(writer::write);
        }
        return text.toString();
    }

    /** What {@code RunDriver.start} does for a client invocation: poll, record. */
    private Op invoke() {
        Op op = ((Poll.Invoke) interpreter.poll(loop.now())).op();
        recorder.write(op);
        return op;
    }

    /** What {@code RunDriver.complete} does in a client callback: stamp, record. */
    private void complete(Op completion) {
        recorder.write(interpreter.complete(completion, loop.now()));
        completed++;
    }
}
