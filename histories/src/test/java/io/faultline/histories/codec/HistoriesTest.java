package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.History;
import io.faultline.histories.HistoryException;
import io.faultline.histories.Op;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HistoriesTest {
    private static final List<Op> OPS = List.of(Op.invoke(0, "write", "k", 1L), Op.invoke(1, "read", "k", null),
            Op.ok(0, "write", "k", 1L), Op.info(1, "read", "k", null, "timed-out"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSONL", "EDN"})
    void writesAFileThatReadsBackAsTheSameHistory(Format format) {
        Path file = dir.resolve("history." + format.cliName());
        Histories.write(OPS, file, format);
        History history = Histories.read(file);
        assertThat(history.ops()).isEqualTo(History.of(OPS).ops());
        assertThat(history.source()).isEqualTo(file.toString());
    }

    @Test
    void kvHistoriesAreWrittenAsEdnAndDetectedBack() throws IOException {
        Path file = dir.resolve("kv.txt");
        Histories.write(List.of(Op.invoke(0, "put", "1", "x"), Op.ok(0, "put", "1", "x")), file, Format.PORCUPINE_KV);
        assertThat(Files.readString(file)).startsWith("{:type :invoke, :process 0, :f :put, :key \"1\"");
        assertThat(Format.detect(file)).isEqualTo(Format.PORCUPINE_KV);
        assertThat(Histories.read(file).calls()).hasSize(1);
    }

    @Test
    void etcdLogsAreReadOnly() {
        Path file = dir.resolve("etcd.log");
        assertThatThrownBy(() -> Histories.writer(file, Format.PORCUPINE_ETCD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("porcupine-etcd is a read-only format; write jsonl or edn instead");
        assertThat(file).doesNotExist();
    }

    @Test
    void errorsNameThePathAsGivenAndTheSourceLine() throws IOException {
        Path relative = Path.of("target", "codec-tests", "history.jsonl");
        Files.createDirectories(relative.getParent());
        Files.writeString(relative, "{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\n\n"
                + "{\"type\":\"ok\",\"process\":0,\"f\":\"write\"}\n");
        assertThatThrownBy(() -> Histories.read(relative))
                .isInstanceOf(HistoryException.class)
                .hasMessage("target/codec-tests/history.jsonl:3: completion f \"write\" does not match the invoke's "
                        + "\"read\" (op 0)");
    }

    @Test
    void readHandsOverWarnings() throws IOException {
        Path file = Files.writeString(dir.resolve("h.jsonl"), "{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\n{\"ty");
        List<String> warnings = new java.util.ArrayList<>();
        assertThat(Histories.read(file, Format.JSONL, warnings::add).size()).isEqualTo(1);
        assertThat(warnings).singleElement().asString().startsWith(file + ":2: dropped a truncated last line");
    }

    @Test
    void aMissingFileIsAnIoErrorNamingIt() {
        Path missing = dir.resolve("missing.jsonl");
        assertThatThrownBy(() -> Histories.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }
}
