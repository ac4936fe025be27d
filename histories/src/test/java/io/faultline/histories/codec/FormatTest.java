package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.HistoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"jsonl,JSONL", "edn,EDN", "porcupine-etcd,PORCUPINE_ETCD", "porcupine-kv,PORCUPINE_KV",
            "EDN,EDN", "' jsonl ',JSONL"})
    void parsesCliNames(String name, Format expected) {
        assertThat(Format.parse(name)).isEqualTo(expected);
        assertThat(expected.cliName()).isEqualTo(expected.toString());
    }

    @Test
    void rejectsAnUnknownNameOnOneLineListingTheValidOnes() {
        assertThatThrownBy(() -> Format.parse("json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown history format \"json\" (expected one of jsonl, edn, porcupine-etcd, "
                        + "porcupine-kv)");
    }

    @Test
    void detectsEachFixtureKind() {
        assertThat(Format.detect(Fixtures.path("porcupine/jepsen/etcd_007.log"))).isEqualTo(Format.PORCUPINE_ETCD);
        assertThat(Format.detect(Fixtures.path("porcupine/kv/c50-bad.txt"))).isEqualTo(Format.PORCUPINE_KV);
        assertThat(Format.detect(Fixtures.path("knossos/cas-register/good/memstress3-0.edn")))
                .isEqualTo(Format.EDN);
    }

    @Test
    void extensionWinsOverContent() throws IOException {
        assertThat(Format.detect(file("h.jsonl", "garbage"))).isEqualTo(Format.JSONL);
        assertThat(Format.detect(file("h.NDJSON", "garbage"))).isEqualTo(Format.JSONL);
        assertThat(Format.detect(file("h.edn", "{\"type\":\"invoke\"}"))).isEqualTo(Format.EDN);
    }

    @Test
    void sniffsEdnWhateverItOpensWith() throws IOException {
        Path knossos = Fixtures.path("knossos/cas-register/good/cas-register-bug.edn");
        assertThat(Format.detect(file("commented.txt", Files.readString(knossos)))).isEqualTo(Format.EDN);
        assertThat(Format.detect(file("list.txt", "\n\n({:type :invoke, :f :read, :process 0})")))
                .isEqualTo(Format.EDN);
        assertThat(Format.detect(file("maps.txt", "{:process 0, :type :invoke, :f :write, :value 1}")))
                .isEqualTo(Format.EDN);
        assertThat(Format.detect(file("tagged", "#jepsen.history.Op{:type :invoke, :f :read, :process 0}")))
                .isEqualTo(Format.EDN);
    }

    @Test
    void sniffsKvMapsByTheirFunctions() throws IOException {
        assertThat(Format.detect(file("kv", "{:process 0, :type :invoke, :f :put, :key \"1\", :value \"x\"}")))
                .isEqualTo(Format.PORCUPINE_KV);
    }

    @Test
    void sniffsJsonlAndJepsenLogsPastTheirPreamble() throws IOException {
        assertThat(Format.detect(file("history.txt", "\n{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\n")))
                .isEqualTo(Format.JSONL);
        assertThat(Format.detect(file("jepsen.log", "INFO  jepsen.core - Running test\n"
                + "INFO  jepsen.util - 3\t:invoke\t:read\tnil\n"))).isEqualTo(Format.PORCUPINE_ETCD);
    }

    @Test
    void asksForFormatWhenNothingTells() throws IOException {
        Path unknown = file("notes.txt", "hello world\n");
        assertThatThrownBy(() -> Format.detect(unknown))
                .isInstanceOf(HistoryException.class)
                .hasMessage(unknown + ": cannot tell the history format from the file name or its first lines; "
                        + "pass --format (one of jsonl, edn, porcupine-etcd, porcupine-kv)");
        Path empty = file("empty", "");
        assertThatThrownBy(() -> Format.detect(empty)).hasMessageContaining("pass --format");
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
