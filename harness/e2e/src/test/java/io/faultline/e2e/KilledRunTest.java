package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.codec.Format;
import io.faultline.histories.codec.Histories;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Process run = new ProcessBuilder(GrowingHistory.javaCommand(), "-cp", System.getProperty("java.class.path"),
                LongRun.class.getName(), store.toString()).redirectErrorStream(true)
                .redirectOutput(store.resolve("output.txt").toFile()).start();
        try {
            Path history = GrowingHistory.await(store, LINES_BEFORE_KILL, run, store.resolve("output.txt"), 60);
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
}
