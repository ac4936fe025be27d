package io.faultline.realtime;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.faultline.node.client.WriteOk;
import io.faultline.workloads.client.Response;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LLLL_Result;

/**
 * A reply racing its request's timeout. {@link PendingRequests} is loop-thread-only by design (a plain
 * {@code HashMap}, no lock): the one place another thread enters is {@link RealTimeLoop#post}, where a connection's
 * reader thread hands over each line it read ({@code TcpClient}'s {@code LineConnection} reader, the Maelstrom
 * runtime's stdout reader). So this test stresses that hand-off against the loop thread firing timeouts, with what
 * {@code TcpClient.received} does on the loop: {@code pending.answer(in_reply_to, reply)}.
 *
 * <p>The loop opens two requests, to {@code n1} and {@code n2}, whose timeouts fall due a few microseconds later,
 * and runs until both have completed and every posted line has been handled. The reader, as soon as request 1 is
 * on the wire, posts its reply twice: a node that answers twice, or a reply duplicated on the way. Request 2 is
 * never answered.
 *
 * <p>Why the rest is forbidden: a request completed twice would put two completions for one invocation in the
 * history (the recorder refuses the second, ending the run), or an {@code ok} after an {@code info}; one completed
 * never leaves its process outstanding until the run's deadline; and a reply handed to a request it does not
 * answer (request 2 receiving request 1's {@code write_ok}) would record an {@code ok} for a write the node may
 * never have seen, the one lie a checker cannot catch.
 */
@JCStressTest
@Description("A reply posted by a reader thread races its request's timeout on the real-time loop")
@Outcome(id = "reply, 1, timed-out, 1", expect = ACCEPTABLE,
        desc = "The reply came first: request 1 completes with it, once; the duplicate and request 1's timeout find"
                + " nothing. Request 2, never answered, times out once.")
@Outcome(id = "timed-out, 1, timed-out, 1", expect = ACCEPTABLE,
        desc = "The timeout came first: request 1 completes as timed out (recorded as info), once; both replies"
                + " arrive late and are dropped, as the simulator drops them. Request 2 times out once.")
@Outcome(expect = FORBIDDEN,
        desc = "A request completed twice (reply and timeout, or both replies) or never, or request 2 handed"
                + " request 1's reply.")
@State
public class ReplyTimeoutStress {

    /** Long enough for the reply to win often on a loaded two-core machine, short enough for it to lose often. */
    private static final long TIMEOUT_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    /** A bound, not a wait: the loop stops here even if a forbidden outcome left a request open. */
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int POSTS = 2;

    private final RealTimeLoop loop = new RealTimeLoop();
    private final PendingRequests pending = new PendingRequests(loop, node -> { });
    // loop thread only, read by the arbiter after both actors are done
    private final Completions first = new Completions();
    private final Completions second = new Completions();
    private int handled;
    // the loop publishes the msg_id it put on the wire; the reader replies to it
    private volatile long sentMsgId;

    @Actor
    public void loop() {
        sentMsgId = pending.open("n1", TIMEOUT_NANOS, first::complete);
        pending.open("n2", TIMEOUT_NANOS, second::complete);
        loop.runUntil(() -> handled == POSTS && first.count > 0 && second.count > 0, loop.now() + DEADLINE_NANOS);
    }

    @Actor
    public void reader() {
        long msgId;
        while ((msgId = sentMsgId) == 0) {
            Thread.onSpinWait();
        }
        long inReplyTo = msgId;
        for (int i = 0; i < POSTS; i++) {
            loop.post(() -> {
                pending.answer(inReplyTo, new Response.Reply("n1", new WriteOk()));
                handled++;
            });
        }
    }

    @Arbiter
    public void arbiter(LLLL_Result r) {
        r.r1 = first.what;
        r.r2 = first.count;
        r.r3 = second.what;
        r.r4 = second.count;
    }

    /** What one request's callback was given, and how many times it was called. */
    private static final class Completions {
        private String what = "none";
        private int count;

        void complete(Response response) {
            count++;
            what = switch (response) {
                case Response.Reply reply -> reply.node().equals("n1") ? "reply" : "reply-from-" + reply.node();
                case Response.TimedOut timedOut -> "timed-out";
                case Response.NotSent notSent -> "not-sent";
            };
        }
    }
}
