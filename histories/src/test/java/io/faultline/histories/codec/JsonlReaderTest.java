package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.HistoryException;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {
    private static final String SOURCE = "run/history.jsonl";

    @Test
    void readsEveryField() {
        Op op = readAll("{\"index\":0,\"time\":1200,\"type\":\"info\",\"process\":4,\"f\":\"write\","
                + "\"key\":\"k1\",\"value\":3,\"node\":\"n1\",\"error\":\"timeout\"}\n").get(0);
        assertThat(op).isEqualTo(new Op(0, 1200, OpType.INFO, 4, "write", "k1", 3L, "n1", "timeout"));
    }

    @Test
    void valuesArePlainData() {
        Op op = readAll("{\"type\":\"ok\",\"process\":0,\"f\":\"read\",\"key\":7,\"value\":"
                + "[1,2.5,\"é\",true,null,{\"a\":[false],\"b\":{}},123456789012345678901234567890]}").get(0);
        assertThat(op.key()).isEqualTo(7L);
        assertThat(op.value()).isEqualTo(java.util.Arrays.asList(1L, 2.5, "é", true, null,
                Map.of("a", List.of(false), "b", Map.of()), new BigInteger("123456789012345678901234567890")));
    }

    @Test
    void indexAndTimeAreOptionalAndUnknownFieldsIgnored() {
        Op op = readAll("{\"type\":\"invoke\",\"process\":2,\"f\":\"read\",\"extra\":{\"x\":[1]}}").get(0);
        assertThat(op).isEqualTo(new Op(-1, -1, OpType.INVOKE, 2, "read", null, null, null, null));
    }

    @Test
    void theNemesisProcessIsAStringOrItsNumber() {
        assertThat(readAll("{\"type\":\"info\",\"process\":\"nemesis\",\"f\":\"kill\"}\n"
                + "{\"type\":\"info\",\"process\":-1,\"f\":\"start\"}\n"))
                .allSatisfy(op -> assertThat(op.isNemesis()).isTrue());
    }

    @Test
    void skipsBlankLinesAndCountsThemInLineNumbers() {
        try (OpReader reader = open("\n{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\r\n  \n\n"
                + "{\"type\":\"ok\",\"process\":0,\"f\":\"read\"}\r\n\n")) {
            assertThat(reader.line()).isZero();
            reader.next();
            assertThat(reader.line()).isEqualTo(2);
            assertThat(reader.next().type()).isEqualTo(OpType.OK);
            assertThat(reader.line()).isEqualTo(5);
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void namesMissingFieldsInOrderTypeProcessF() {
        String ok = "{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\n";
        assertError(ok + ok.replace("0", "1") + "{\"process\":0,\"f\":\"read\"}\n", 3, "missing field \"type\"");
        assertError("{\"type\":\"ok\",\"f\":\"read\"}\n", 1, "missing field \"process\"");
        assertError("{\"type\":\"ok\",\"process\":3}\n", 1, "missing field \"f\"");
        assertError("{\"type\":\"ok\",\"process\":3,\"f\":null}\n", 1, "missing field \"f\"");
    }

    @Test
    void rejectsBadFieldValues() {
        assertError("{\"type\":\"okay\",\"process\":0,\"f\":\"read\"}", 1,
                "unknown type \"okay\" (expected invoke, ok, fail or info)");
        assertError("{\"type\":\"ok\",\"process\":\"p1\",\"f\":\"read\"}", 1,
                "field \"process\" must be a number or \"nemesis\"");
        assertError("{\"type\":\"ok\",\"process\":1.5,\"f\":\"read\"}", 1,
                "field \"process\" must be a number or \"nemesis\"");
        assertError("{\"type\":\"ok\",\"process\":1,\"f\":\"read\",\"time\":\"soon\"}", 1,
                "field \"time\" must be an integer");
        assertError("{\"type\":3,\"process\":1,\"f\":\"read\"}", 1, "field \"type\" must be a string");
        assertError("{\"type\":\"ok\",\"process\":1,\"f\":[\"read\"]}", 1, "field \"f\" must be a string");
    }

    @Test
    void rejectsLinesThatAreNotOneObject() {
        assertError("[1,2]\n", 1, "not a JSON object: [1,2]");
        assertError("\n\nhello world\n", 3, "not a JSON object: hello world");
        assertError("{\"type\":\"ok\",\"process\":1,\"f\":\"r\"} {\"a\":1}\n", 1, "more than one JSON value on the line");
    }

    @Test
    void keepsAStructuredErrorAsItsJsonText() {
        Op op = readAll("{\"type\":\"fail\",\"process\":1,\"f\":\"cas\",\"error\":{\"code\":22}}").get(0);
        assertThat(op.error()).isEqualTo("{\"code\":22}");
    }

    @Test
    void dropsATruncatedLastLineWithAWarning() {
        try (OpReader reader = open("{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\n"
                + "{\"type\":\"ok\",\"process\":0,\"f\":\"read\",\"val")) {
            List<Op> ops = drain(reader);
            assertThat(ops).hasSize(1);
            assertThat(reader.warnings()).containsExactly(
                    SOURCE + ":2: dropped a truncated last line (the writer was probably killed)");
        }
    }

    @Test
    void rejectsATruncatedLineInTheMiddle() {
        assertError("{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\n{\"type\":\"ok\",\"proc\n"
                + "{\"type\":\"invoke\",\"process\":1,\"f\":\"read\"}\n", 2, "malformed JSON");
    }

    @Test
    void rejectsAMalformedLastLineThatEndsWithANewline() {
        assertError("{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\n{\"type\":\"ok\",\n", 2, "malformed JSON");
    }

    @Test
    void rejectsABadButCompleteLastLineEvenWithoutANewline() {
        assertError("{\"type\":\"okay\",\"process\":0,\"f\":\"read\"}", 1, "unknown type \"okay\"");
    }

    @Test
    void acceptsACompleteLastLineWithoutANewline() {
        try (OpReader reader = open("{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}")) {
            assertThat(drain(reader)).hasSize(1);
            assertThat(reader.warnings()).isEmpty();
        }
    }

    @Test
    void malformedJsonMessagesStayOnOneLine() {
        assertThatThrownBy(() -> readAll("{\"type\":\"invoke\",\"process\":0,,\"f\":\"read\"}\n"))
                .isInstanceOf(HistoryException.class)
                .hasMessageStartingWith(SOURCE + ":1: malformed JSON at column ")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("Source");
    }

    /** Found by fuzzing: a lone carriage return inside a line was quoted as is, breaking the message in two. */
    @Test
    void excerptsOfTheLineEscapeControlCharacters() {
        assertThatThrownBy(() -> readAll("d\rP\n")).isInstanceOf(HistoryException.class)
                .hasMessage(SOURCE + ":1: not a JSON object: d\\rP");
        assertThatThrownBy(() -> readAll("{\"type\":\"a\\nb\",\"process\":0,\"f\":\"read\"}\n"))
                .hasMessage(SOURCE + ":1: unknown type \"a\\nb\" (expected invoke, ok, fail or info)");
    }

    /** A line is held whole while it is parsed, so a file without newlines must not be buffered without end. */
    @Test
    void aLineLongerThanTheLimitIsRefused() {
        EndlessReader endless = new EndlessReader("{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\n{",
                n -> "\"x\":1,");
        try (OpReader reader = Histories.open(endless, SOURCE, Format.JSONL)) {
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(HistoryException.class)
                    .hasMessage(SOURCE + ":2: a line longer than 16777216 characters");
        }
    }

    private static void assertError(String text, long line, String problem) {
        assertThatThrownBy(() -> readAll(text))
                .isInstanceOf(HistoryException.class)
                .hasMessageStartingWith(SOURCE + ":" + line + ": " + problem);
    }

    static OpReader open(String text) {
        return Histories.open(new StringReader(text), SOURCE, Format.JSONL);
    }

    static List<Op> readAll(String text) {
        try (OpReader reader = open(text)) {
            return drain(reader);
        }
    }

    static List<Op> drain(OpReader reader) {
        List<Op> ops = new ArrayList<>();
        reader.forEachRemaining(ops::add);
        return ops;
    }
}
