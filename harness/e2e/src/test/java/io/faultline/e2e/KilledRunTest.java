package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.codec.Format;
import io.faultline.histories.codec.Histories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with {@code kill -9} in the middle leaves a readable {@code history.jsonl}: every op was one
 * flushed line, so the file holds whole ops, plus at most one torn last line that the reader drops with a warning.
 */
class KilledRunTest {

    private static final int LINES_BEFORE_KILL = 2_000;

    @TempDir
    Path store;

    @Test
    void aRunKilledMidwayLeavesAReadableHistory() throws Exception {
        Process run = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                LongRun.class.getName(), store.toString()).redirectErrorStream(true)
                .redirectOutput(store.resolve("output.txt").toFile()).start();
        try {
            Path history = awaitLines(LINES_BEFORE_KILL, run);
            run.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing, no closing
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();

            List<String> warnings = new ArrayList<>();
            History read = Histories.read(history, Format.JSONL, warnings::add);
            assertThat(read.size()).isGreaterThanOrEqualTo(LINES_BEFORE_KILL);
            assertThat(read.nemesisOps()).isNotEmpty();
            assertThat(warnings).as("at most the torn last line").hasSizeLessThanOrEqualTo(1);
            assertThat(history.resolveSibling("results.json")).as("killed before checking").doesNotExist();
        } finally {
            run.destroyForcibly();
        }
    }

    /** Waits until the run's history has {@code lines} lines; fails if the run ends or takes a minute first. */
    private Path awaitLines(int lines, Process run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            Optional<Path> history = findHistory();
            if (history.isPresent() && countLines(history.get()) >= lines) {
                return history.get();
            }
            assertThat(run.isAlive()).as("the run died early: %s", Files.readString(store.resolve("output.txt")))
                    .isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("the run wrote fewer than " + lines + " lines in a minute");
    }

    private Optional<Path> findHistory() throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(p -> p.getFileName().toString().equals("history.jsonl")).findFirst();
        }
    }

    private static long countLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
