package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.HistoryException;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PorcupineEtcdReaderTest {
    private static final String LOG = """
            INFO  jepsen.core - Running test
            INFO  jepsen.util - 0\t:invoke\t:read\tnil
            INFO  jepsen.util - 0\t:ok\t:read\tnil
            INFO  jepsen.util - 1\t:invoke\t:cas\t[3 4]
            INFO  jepsen.util - 1\t:fail\t:cas\t[3 4]
            INFO  jepsen.util - 2\t:invoke\t:write\t5
            INFO  jepsen.util - 2\t:info\t:write\t:timed-out
            INFO  jepsen.util - 3\t:invoke\t:read\tnil
            INFO  jepsen.util - 3\t:fail\t:read\t:timed-out
            INFO  jepsen.util - :nemesis\t:info\t:start\t[:isolated {"n1" #{"n2"}}]
            INFO  jepsen.util - 4\t:invoke\t:write\t7
            INFO  jepsen.util - 4\t:ok\t:write\t7
            some other chatter
            """;

    @Test
    void mapsLogLinesToOpsAsPorcupineMeantThem() {
        assertThat(readAll(LOG)).containsExactly(
                Op.invoke(0, "read", null, null),
                Op.ok(0, "read", null, null),
                Op.invoke(1, "cas", null, List.of(3L, 4L)),
                Op.fail(1, "cas", null, List.of(3L, 4L), "precondition-failed"),
                Op.invoke(2, "write", null, 5L),
                Op.info(2, "write", null, 5L, "timed-out"),
                Op.invoke(3, "read", null, null),
                Op.info(3, "read", null, null, "timed-out"),
                new Op(-1, -1, OpType.INFO, Op.NEMESIS, "start", null, List.of("isolated", java.util.Map.of("n1",
                        List.of("n2"))), null, null),
                Op.invoke(4, "write", null, 7L),
                Op.ok(4, "write", null, 7L));
    }

    @Test
    void lineIsTheLogLineOfTheOp() {
        try (OpReader reader = open(LOG)) {
            reader.next();
            assertThat(reader.line()).isEqualTo(2);
            reader.next();
            assertThat(reader.line()).isEqualTo(3);
        }
    }

    @Test
    void aFailWithAnotherKeywordKeepsTheInvokeValue() {
        assertThat(readAll("INFO  jepsen.util - 1\t:invoke\t:write\t2\nINFO  jepsen.util - 1\t:fail\t:write\t:not-leader\n"))
                .last().isEqualTo(Op.fail(1, "write", null, 2L, "not-leader"));
    }

    @Test
    void rejectsUnknownTypesAndUnreadableValues() {
        assertThatThrownBy(() -> readAll("x\nINFO  jepsen.util - 1\t:done\t:read\tnil\n"))
                .isInstanceOf(HistoryException.class)
                .hasMessage("etcd.log:2: unknown type :done (expected invoke, ok, fail or info)");
        assertThatThrownBy(() -> readAll("INFO  jepsen.util - 1\t:invoke\t:cas\t[1 2\n"))
                .hasMessage("etcd.log:1: cannot read the value \"[1 2\"");
    }

    /** The line pattern takes any run of digits, which Long.parseLong refused with a NumberFormatException. */
    @Test
    void aProcessTooLargeForALongIsAnError() {
        assertThatThrownBy(() -> readAll("INFO  jepsen.util - 99999999999999999999\t:invoke\t:read\tnil\n"))
                .isInstanceOf(HistoryException.class)
                .hasMessage("etcd.log:1: process 99999999999999999999 is too large");
    }

    /** A value nested thousands deep overflowed the stack. */
    @Test
    void aDeeplyNestedValueCannotBeRead() {
        String deep = "[".repeat(5000);
        assertThatThrownBy(() -> readAll("INFO  jepsen.util - 1\t:invoke\t:cas\t" + deep + "\n"))
                .isInstanceOf(HistoryException.class)
                .hasMessage("etcd.log:1: cannot read the value \"" + "[".repeat(60) + "…\"");
    }

    private static OpReader open(String text) {
        return Histories.open(new StringReader(text), "etcd.log", Format.PORCUPINE_ETCD);
    }

    private static List<Op> readAll(String text) {
        try (OpReader reader = open(text)) {
            List<Op> ops = new ArrayList<>();
            reader.forEachRemaining(ops::add);
            return ops;
        }
    }
}
