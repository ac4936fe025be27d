package io.faultline.workloads.set;

import static io.faultline.workloads.client.ScriptedTransport.error;
import static io.faultline.workloads.client.ScriptedTransport.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.workloads.client.Response;
import io.faultline.workloads.client.ScriptedTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetClientTest {
    private static final Op ADD = Op.invoke(2, "add", null, 7L);
    private static final Op READ = Op.invoke(2, "read", null, null);

    @Test
    void readsTheWholeSetFromItsKey() {
        ScriptedTransport t = ScriptedTransport.replying(reply(new ReadOk(List.of(1, 2))));
        assertThat(run(READ, t)).extracting(Op::type, Op::value).containsExactly(OpType.OK, List.of(1L, 2L));
        assertThat(t.sent().get(0).body()).isEqualTo(new Read("s"));
    }

    @Test
    void aMissingKeyIsTheEmptySet() {
        assertThat(run(READ, ScriptedTransport.replying(error(20))).value()).isEqualTo(List.of());
    }

    @Test
    void addAppendsByCompareAndSet() {
        ScriptedTransport t = ScriptedTransport.replying(reply(new ReadOk(List.of(1, 2))),
                reply(new CasOk()));
        assertThat(run(ADD, t)).extracting(Op::type, Op::value).containsExactly(OpType.OK, 7L);
        assertThat(t.sent().get(1).body())
                .isEqualTo(new Cas("s", List.of(1L, 2L), List.of(1L, 2L, 7L)));
    }

    @Test
    void theFirstAddCreatesTheKey() {
        ScriptedTransport t = ScriptedTransport.replying(error(20), reply(new CasOk()));
        assertThat(run(ADD, t).type()).isEqualTo(OpType.OK);
        assertThat(t.sent().get(1).body()).isEqualTo(new Cas("s", List.of(), List.of(7L), true));
    }

    @Test
    void anAddThatLosesTheRaceRetriesFromAFreshRead() {
        ScriptedTransport t = ScriptedTransport.replying(reply(new ReadOk(List.of())), error(22),
                reply(new ReadOk(List.of(3))), reply(new CasOk()));
        assertThat(run(ADD, t).type()).isEqualTo(OpType.OK);
        assertThat(((Cas) t.sent().get(3).body()).to()).isEqualTo(List.of(3L, 7L));
    }

    @Test
    void anAddThatKeepsLosingFailsDefinitely() {
        ScriptedTransport t = ScriptedTransport.replying(reply(new ReadOk(List.of())), error(22),
                reply(new ReadOk(List.of())), error(22));
        assertThat(run(ADD, t)).extracting(Op::type, Op::error).containsExactly(OpType.FAIL, "cas-contention");
    }

    @Test
    void anAddWhoseReadTimesOutFailsBecauseNothingWasWritten() {
        assertThat(run(ADD, ScriptedTransport.replying(new Response.TimedOut("n2"))))
                .extracting(Op::type, Op::error).containsExactly(OpType.FAIL, "read-timeout");
    }

    @Test
    void anAddWhoseCasTimesOutOrCrashesIsInfo() {
        Response empty = reply(new ReadOk(List.of()));
        assertThat(run(ADD, ScriptedTransport.replying(empty, new Response.TimedOut("n2"))))
                .extracting(Op::type, Op::error).containsExactly(OpType.INFO, "timeout");
        assertThat(run(ADD, ScriptedTransport.replying(empty, error(13))))
                .extracting(Op::type, Op::error).containsExactly(OpType.INFO, "crash");
        assertThat(run(ADD, ScriptedTransport.replying(empty, error(11))))
                .extracting(Op::type, Op::error).containsExactly(OpType.FAIL, "temporarily-unavailable");
    }

    @Test
    void anElementAlreadyPresentNeedsNoCas() {
        ScriptedTransport t = ScriptedTransport.replying(reply(new ReadOk(List.of(7))));
        assertThat(run(ADD, t).type()).isEqualTo(OpType.OK);
        assertThat(t.sent()).hasSize(1);
    }

    private static Op run(Op invocation, ScriptedTransport transport) {
        List<Op> done = new ArrayList<>();
        new SetClient("s", Duration.ofSeconds(1), 2).invoke(invocation, "n1", transport, done::add);
        assertThat(done).hasSize(1);
        return done.get(0);
    }
}
