package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches the history a run in another JVM is writing under a store directory. */
final class GrowingHistory {

    private GrowingHistory() {
    }

    /**
     * Waits until the run's {@code history.jsonl} has {@code lines} lines; fails if the run ends first or
     * {@code timeoutSeconds} pass.
     *
     * @param output the run's console output, quoted if it dies
     */
    static Path await(Path store, int lines, Process run, Path output, long timeoutSeconds)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            Optional<Path> history = find(store);
            if (history.isPresent() && countLines(history.get()) >= lines) {
                return history.get();
            }
            assertThat(run.isAlive()).as("the run died early: %s", Files.readString(output)).isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("the run wrote fewer than " + lines + " lines in " + timeoutSeconds + " s");
    }

    private static Optional<Path> find(Path store) throws IOException {
        if (!Files.isDirectory(store)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(p -> p.getFileName().toString().equals("history.jsonl")).findFirst();
        }
    }

    private static long countLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
