package io.faultline.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeferredLogTest {

    @TempDir
    Path dir;

    @Test
    void linesLoggedBeforeTheFileExistsAreWrittenFirst() throws IOException {
        Path file = dir.resolve("logs/sim.log");
        try (DeferredLog log = new DeferredLog()) {
            log.accept("early");
            log.writeTo(file);
            log.accept("late");
        }
        assertThat(Files.readAllLines(file)).containsExactly("early", "late");
    }

    @Test
    void aDiscardedLogKeepsNothing() {
        DeferredLog log = new DeferredLog();
        log.accept("early");
        log.discard();
        log.accept("late");
        log.close();
        assertThat(dir).isEmptyDirectory();
    }
}
