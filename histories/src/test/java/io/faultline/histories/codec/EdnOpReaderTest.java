package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.HistoryException;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdnOpReaderTest {
    private static final String INVOKE = "{:type :invoke, :process 0, :f :write, :value 3}";
    private static final Op INVOKE_OP = new Op(-1, -1, OpType.INVOKE, 0, "write", null, 3L, null, null);

    @TempDir
    Path dir;

    @Test
    void readsAVectorAListOrABareSequenceOfMaps() {
        assertThat(readAll("[" + INVOKE + "\n " + INVOKE + "]")).containsExactly(INVOKE_OP, INVOKE_OP);
        assertThat(readAll("(" + INVOKE + ")\n; trailing comment\n")).containsExactly(INVOKE_OP);
        assertThat(readAll(INVOKE + "\n" + INVOKE + "\n")).containsExactly(INVOKE_OP, INVOKE_OP);
        assertThat(readAll("#jepsen.history.Op" + INVOKE)).containsExactly(INVOKE_OP);
        assertThat(readAll("")).isEmpty();
        assertThat(readAll(" [ ] ")).isEmpty();
    }

    @Test
    void readsEveryFieldAndIgnoresOthers() {
        Op op = readAll("{:index 4, :time 99, :type :info, :process 2, :f :cas, :key :k1, :value [1 2], "
                + ":node \"n3\", :error :timed-out, :debug {:x 1}}").get(0);
        assertThat(op).isEqualTo(new Op(4, 99, OpType.INFO, 2, "cas", "k1", List.of(1L, 2L), "n3", "timed-out"));
    }

    @Test
    void keywordsSymbolsAndSetsBecomePlainData() {
        Op op = readAll("{:type :ok, :process 1, :f \"read\", :value {:a #{:x}, \"b\" [sym \\c]}}").get(0);
        assertThat(op.value()).isEqualTo(Map.of("a", List.of("x"), "b", List.of("sym", "c")));
    }

    @Test
    void theNemesisProcessIsAKeyword() {
        Op op = readAll("{:type :info, :process :nemesis, :f :start-partition, :value :majority}").get(0);
        assertThat(op.isNemesis()).isTrue();
        assertThat(op.f()).isEqualTo("start-partition");
        assertThat(op.value()).isEqualTo("majority");
    }

    @Test
    void structuredErrorsKeepTheirEdnText() {
        Op op = readAll("{:type :fail, :process 1, :f :write, :error [:temporarily-unavailable \"x\" nil]}").get(0);
        assertThat(op.error()).isEqualTo("[:temporarily-unavailable \"x\" nil]");
    }

    @Test
    void lineIsWhereTheMapOpens() {
        try (OpReader reader = open("; header\n[{:type :invoke,\n  :process 0,\n  :f :read}\n\n {:type :ok :process 0 "
                + ":f :read}]")) {
            reader.next();
            assertThat(reader.line()).isEqualTo(2);
            reader.next();
            assertThat(reader.line()).isEqualTo(6);
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void errorsNameLineAndColumn() {
        assertError("[" + INVOKE + "\n  12]", "h.edn:2:3: expected a map, got 12");
        assertError("[[1 2]]", "h.edn:1:2: expected a map, got [1 2]");
        assertError("\n\n  {:process 0, :f :read}", "h.edn:3:3: missing :type");
        assertError("{:type :invoke, :f :read}", "h.edn:1:1: missing :process");
        assertError("{:type :invoke, :process 1}", "h.edn:1:1: missing :f");
        assertError("{:type :okay, :process 1, :f :r}", "h.edn:1:1: unknown type :okay (expected invoke, ok, fail or info)");
        assertError("{:type :ok, :process \"x\", :f :r}", "h.edn:1:1: :process must be an integer or :nemesis, got \"x\"");
        assertError("{:type :ok, :process 1, :f 12}", "h.edn:1:1: :f must be a keyword or a string, got 12");
        assertError("{:type :ok, :process 1, :f :r, :time 1.5}", "h.edn:1:1: :time must be an integer, got 1.5");
        assertError("{:type :ok, :process 1, :f :r, :value \"abc}", "h.edn:1:39: unterminated string");
        assertError("[" + INVOKE + "\n", "h.edn:1:1: unterminated vector: the input ends before its closing ]");
        assertError("(" + INVOKE + ") " + INVOKE, "h.edn:1:52: unexpected content after the history's closing )");
    }

    @Test
    void processRuleViolationsNameTheLineOfTheOp() throws IOException {
        Path file = Files.writeString(dir.resolve("h.edn"), "[" + INVOKE + "\n\n " + INVOKE + "]");
        assertThatThrownBy(() -> Histories.read(file))
                .isInstanceOf(HistoryException.class)
                .hasMessage(file + ":3: process 0 invoked write while its write from op 0 is still outstanding");
    }

    @Test
    void aDeeplyNestedOpIsOneLineNamingTheLineAndTheLimit() {
        assertError("[\n{:type :invoke, :process 0, :f :write, :value " + "[".repeat(5000),
                "h.edn:2:1046: nesting deeper than 1000");
    }

    /** One op may not grow without bound, even one whose vector ends only with the file. */
    @Test
    void anOpLongerThanTheLimitIsRefused() {
        EndlessReader endless = new EndlessReader("[{:type :invoke, :process 0, :f :write, :value [", n -> "1 ");
        try (OpReader reader = Histories.open(endless, "h.edn", Format.EDN)) {
            assertThatThrownBy(reader::next).isInstanceOf(HistoryException.class)
                    .hasMessage("h.edn:1:2: a value longer than 16777216 characters (the limit for one op)");
        }
    }

    @Test
    void aLongHistoryOfSmallOpsIsNotALongValue() {
        EndlessReader endless = new EndlessReader("[", n -> INVOKE.replace(":process 0", ":process " + n) + "\n");
        try (OpReader reader = Histories.open(endless, "h.edn", Format.EDN)) {
            for (int i = 0; i < 400_000; i++) {
                reader.next();
            }
            assertThat(reader.line()).isEqualTo(400_000);
        }
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> readAll(text)).isInstanceOf(HistoryException.class).hasMessage(message);
    }

    private static OpReader open(String text) {
        return Histories.open(new StringReader(text), "h.edn", Format.EDN);
    }

    static List<Op> readAll(String text) {
        try (OpReader reader = open(text)) {
            List<Op> ops = new ArrayList<>();
            reader.forEachRemaining(ops::add);
            return ops;
        }
    }
}
