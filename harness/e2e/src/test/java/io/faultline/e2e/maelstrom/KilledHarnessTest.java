package io.faultline.e2e.maelstrom;

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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A harness killed with {@code kill -9} runs no shutdown hook, so its node processes are not killed by it: they must
 * die of their closed stdin, as Maelstrom nodes do, and the history written so far must stay readable.
 */
@Timeout(90)
class KilledHarnessTest {

    @TempDir
    Path store;

    @Test
    void nodesOfAHarnessKilledWithKill9DieWithItAndItsHistoryStaysReadable() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), LongMaelstromRun.class.getName(), store.toString()));
        command.addAll(MaelstromPrograms.leader());
        Process harness = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(store.resolve("output.txt").toFile()).start();
        List<ProcessHandle> nodes = List.of();
        try {
            Path history = awaitLines(200, harness);
            nodes = harness.descendants().toList();
            assertThat(nodes).as("the three node processes").hasSizeGreaterThanOrEqualTo(3);

            harness.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(harness.waitFor(30, TimeUnit.SECONDS)).isTrue();

            nodes.forEach(node -> node.onExit().orTimeout(10, TimeUnit.SECONDS).join());
            assertThat(nodes).noneMatch(ProcessHandle::isAlive);
            List<String> warnings = new ArrayList<>();
            History read = Histories.read(history, Format.JSONL, warnings::add);
            assertThat(read.size()).isGreaterThanOrEqualTo(200);
            assertThat(warnings).as("at most the torn last line").hasSizeLessThanOrEqualTo(1);
        } finally {
            nodes.forEach(ProcessHandle::destroyForcibly);
            harness.destroyForcibly();
        }
    }

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
}
