package io.faultline.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.Message;
import io.faultline.workloads.client.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Request bookkeeping shared by the real-time clients: ids, one answer per request, timeouts. */
@Timeout(30)
class PendingRequestsTest {

    private static final long MS = 1_000_000L;

    private record Ok(long value) implements Message {
    }

    private final RealTimeLoop loop = new RealTimeLoop();
    private final List<String> timedOutBeforeCallback = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();
    private final PendingRequests pending = new PendingRequests(loop, node -> timedOutBeforeCallback.add(node));

    @Test
    void numbersRequestsAndHandsEachReplyToItsRequestOnce() {
        long first = pending.open("n1", 1_000 * MS, responses::add);
        long second = pending.open("n2", 1_000 * MS, responses::add);

        assertThat(second).isGreaterThan(first);
        assertThat(pending.answer(second, new Response.Reply("n2", new Ok(2)))).isTrue();
        assertThat(pending.answer(second, new Response.Reply("n2", new Ok(3)))).as("a duplicate reply").isFalse();
        assertThat(pending.awaits(first)).isTrue();
        assertThat(pending.awaits(second)).isFalse();
        assertThat(responses).containsExactly(new Response.Reply("n2", new Ok(2)));
    }

    @Test
    void anUnansweredRequestTimesOutAndALateReplyIsDropped() {
        long msgId = pending.open("n1", 20 * MS, responses::add);
        pending.open("n2", 1_000 * MS, responses::add);

        loop.runUntil(() -> !responses.isEmpty(), 500 * MS);

        assertThat(responses).containsExactly(new Response.TimedOut("n1"));
        assertThat(timedOutBeforeCallback).containsExactly("n1");
        assertThat(pending.awaitsAny("n1")).as("no longer pending when the hook runs").isFalse();
        assertThat(pending.awaitsAny("n2")).isTrue();
        assertThat(pending.answer(msgId, new Response.Reply("n1", new Ok(1)))).isFalse();
        assertThat(responses).hasSize(1);
    }

    @Test
    void anAnsweredRequestDoesNotTimeOut() {
        long msgId = pending.open("n1", 10 * MS, responses::add);
        pending.answer(msgId, new Response.Reply("n1", new Ok(1)));

        loop.runUntil(50 * MS);

        assertThat(responses).containsExactly(new Response.Reply("n1", new Ok(1)));
        assertThat(timedOutBeforeCallback).isEmpty();
    }

    @Test
    void aTimeoutMustBePositive() {
        assertThatThrownBy(() -> pending.open("n1", 0, responses::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout must be positive");
    }
}
