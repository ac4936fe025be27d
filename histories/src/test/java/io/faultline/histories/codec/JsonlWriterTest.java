package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlWriterTest {
    private static final Op WRITE = new Op(0, 1200, OpType.INVOKE, 0, "write", "k1", 3L, "n1", "timeout");

    @TempDir
    Path dir;

    @Test
    void writesOneObjectPerLineInFieldOrder() {
        assertThat(write(WRITE)).isEqualTo("{\"index\":0,\"time\":1200,\"type\":\"invoke\",\"process\":0,"
                + "\"f\":\"write\",\"key\":\"k1\",\"value\":3,\"node\":\"n1\",\"error\":\"timeout\"}\n");
    }

    @Test
    void leavesOutNullFieldsAndUnassignedIndexAndTime() {
        assertThat(write(Op.invoke(7, "read", null, null))).isEqualTo("{\"type\":\"invoke\",\"process\":7,\"f\":\"read\"}\n");
    }

    @Test
    void writesTheNemesisProcessByName() {
        Op kill = new Op(3, 9, OpType.INFO, Op.NEMESIS, "kill", null, List.of("n1"), null, null);
        assertThat(write(kill)).isEqualTo("{\"index\":3,\"time\":9,\"type\":\"info\",\"process\":\"nemesis\","
                + "\"f\":\"kill\",\"value\":[\"n1\"]}\n");
    }

    @Test
    void writesNestedValuesAndEscapesNewlinesSoEachOpStaysOneLine() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("lines", "a\nb");
        value.put("xs", Arrays.asList(1L, 2.5, null, true));
        assertThat(write(Op.ok(1, "read", 5L, value)))
                .isEqualTo("{\"type\":\"ok\",\"process\":1,\"f\":\"read\",\"key\":5,"
                        + "\"value\":{\"lines\":\"a\\nb\",\"xs\":[1,2.5,null,true]}}\n");
    }

    @Test
    void flushEachLinePutsEveryLineInTheFileBeforeClose() throws IOException {
        Path flushed = dir.resolve("flushed.jsonl");
        Path buffered = dir.resolve("buffered.jsonl");
        try (JsonlWriter eager = JsonlWriter.open(flushed, true);
             JsonlWriter lazy = JsonlWriter.open(buffered, false)) {
            eager.write(WRITE);
            lazy.write(WRITE);
            assertThat(Files.readString(flushed)).isEqualTo(write(WRITE));
            assertThat(Files.readString(buffered)).isEmpty();
            lazy.flush();
            assertThat(Files.readString(buffered)).isEqualTo(write(WRITE));
        }
    }

    @Test
    void aWriterKilledMidLineLeavesAHistoryThatStillReads() throws IOException {
        Path history = dir.resolve("history.jsonl");
        try (JsonlWriter out = JsonlWriter.open(history, true)) {
            out.write(Op.invoke(0, "write", null, 1L));
            out.write(Op.ok(0, "write", null, 1L));
        }
        String killedMidLine = write(Op.invoke(1, "read", null, null)).substring(0, 20);
        Files.writeString(history, killedMidLine, StandardOpenOption.APPEND);
        List<String> warnings = new ArrayList<>();
        assertThat(Histories.read(history, Format.JSONL, warnings::add).size()).isEqualTo(2);
        assertThat(warnings).containsExactly(history + ":3: dropped a truncated last line (the writer was probably killed)");
    }

    @Test
    void appendsToAnExistingHistory() throws IOException {
        Path history = dir.resolve("history.jsonl");
        try (JsonlWriter out = JsonlWriter.open(history, true)) {
            out.write(Op.invoke(0, "write", null, 1L));
        }
        try (JsonlWriter out = JsonlWriter.open(history, true, StandardOpenOption.APPEND)) {
            out.write(Op.ok(0, "write", null, 1L));
        }
        assertThat(Histories.read(history).calls()).singleElement().satisfies(c -> assertThat(c.isOk()).isTrue());
    }

    private static String write(Op op) {
        StringWriter text = new StringWriter();
        try (OpWriter out = Histories.writer(text, Format.JSONL)) {
            out.write(op);
        }
        return text.toString();
    }
}
