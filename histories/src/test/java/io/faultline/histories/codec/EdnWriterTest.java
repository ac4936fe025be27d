package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdnWriterTest {

    @Test
    void writesJepsenStyleMapsOnePerLine() {
        Op write = new Op(0, 12, OpType.INVOKE, 0, "write", "k", 3L, null, null);
        Op ok = new Op(1, 15, OpType.OK, 0, "write", "k", 3L, "n1", null);
        assertThat(write(write, ok)).isEqualTo(
                "{:index 0, :time 12, :type :invoke, :process 0, :f :write, :key \"k\", :value 3}\n"
                + "{:index 1, :time 15, :type :ok, :process 0, :f :write, :key \"k\", :value 3, :node \"n1\"}\n");
    }

    @Test
    void writesTheNemesisAndErrorsAndLeavesOutNulls() {
        Op kill = new Op(-1, -1, OpType.INFO, Op.NEMESIS, "kill", null, null, null, "node down");
        assertThat(write(kill)).isEqualTo("{:type :info, :process :nemesis, :f :kill, :error \"node down\"}\n");
    }

    @Test
    void writesNestedValuesAsEdnData() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("xs", Arrays.asList(1L, null, 2.5, true, "q\"uote\n"));
        value.put("big", new BigInteger("123456789012345678901234567890"));
        value.put("set", new LinkedHashSet<>(List.of(1L)));
        assertThat(write(Op.ok(1, "read", null, value))).isEqualTo("{:type :ok, :process 1, :f :read, "
                + ":value {\"xs\" [1 nil 2.5 true \"q\\\"uote\\n\"], \"big\" 123456789012345678901234567890N, "
                + "\"set\" #{1}}}\n");
    }

    @Test
    void escapesControlCharactersAndLoneSurrogatesButNotOtherUnicode() {
        String text = "é日🙂\u0001\ud800";
        assertThat(write(Op.ok(1, "read", null, text))).contains(":value \"é日🙂\\u0001\\ud800\"");
        assertThat(EdnOpReaderTest.readAll(write(Op.ok(1, "read", null, text))).get(0).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "1st", "-1", "a:b", "", "ns/name", "é"})
    void writesFunctionsThatCannotBeKeywordsAsStrings(String f) {
        String line = write(Op.invoke(0, f, null, null));
        assertThat(line).contains(":f \"" + f + "\"");
        assertThat(EdnOpReaderTest.readAll(line).get(0).f()).isEqualTo(f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"read", "start-partition", "txn", "cas?", "-", "a.b", "x1", "*", "<=>"})
    void writesOrdinaryFunctionsAsKeywords(String f) {
        assertThat(EdnText.isKeywordName(f)).isTrue();
        String line = write(Op.invoke(0, f, null, null));
        assertThat(line).contains(":f :" + f + "}");
        assertThat(EdnOpReaderTest.readAll(line).get(0).f()).isEqualTo(f);
    }

    @Test
    void rewritingAKnossosHistoryReadsBackToTheSameOps() {
        History original = Histories.read(Fixtures.path("knossos/cas-register/good/mongodb-v0-ack-rollback-1.edn"));
        List<Op> again = EdnOpReaderTest.readAll(write(original.ops().toArray(Op[]::new)));
        assertThat(again).isEqualTo(original.ops());
    }

    static String write(Op... ops) {
        StringWriter text = new StringWriter();
        try (OpWriter out = Histories.writer(text, Format.EDN)) {
            Arrays.stream(ops).forEach(out::write);
        }
        return text.toString();
    }
}
