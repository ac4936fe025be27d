package io.faultline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a dead harness left is killed; what a live harness runs, and a pid now used by another process, is not. */
@Timeout(30)
class ProcessRegistryTest {

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void stopChild() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void reapsTheProcessesOfAHarnessThatIsGone() throws Exception {
        child = sleeper();
        Process deadHarness = new ProcessBuilder("true").start();
        deadHarness.waitFor(5, TimeUnit.SECONDS);
        writeRegistry("dead.pids", deadHarness.toHandle().pid() + " 0 /bin/true", child);

        assertThat(ProcessRegistry.reapOrphans(dir)).extracting(ProcessRegistry.Entry::pid)
                .containsExactly(child.pid());
        assertThat(child.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(dir.resolve("dead.pids")).doesNotExist();
    }

    @Test
    void leavesALiveHarnessAlone() throws Exception {
        child = sleeper();
        ProcessRegistry.Entry me = ProcessRegistry.Entry.of(ProcessHandle.current());
        writeRegistry("live.pids", me.pid() + " " + me.startMillis() + " " + me.command(), child);

        assertThat(ProcessRegistry.reapOrphans(dir)).isEmpty();
        assertThat(child.isAlive()).isTrue();
        assertThat(dir.resolve("live.pids")).exists();
    }

    @Test
    void neverKillsAPidWhoseStartTimeDoesNotMatch() throws Exception {
        child = sleeper();
        ProcessRegistry.Entry entry = ProcessRegistry.Entry.of(child.toHandle());
        Files.writeString(dir.resolve("reused.pids"), "harness 999999999 0 /bin/true\n"
                + entry.pid() + " " + (entry.startMillis() - 60_000) + " " + entry.command() + "\n");

        assertThat(ProcessRegistry.reapOrphans(dir)).isEmpty();
        assertThat(child.isAlive()).as("a pid reused by an unrelated process").isTrue();
    }

    @Test
    void aCleanCloseRemovesTheFileAndATornLineIsSkipped() throws Exception {
        ProcessRegistry registry = ProcessRegistry.open(dir);
        child = sleeper();
        registry.add(child.toHandle());
        assertThat(ProcessRegistry.recorded(dir)).extracting(ProcessRegistry.Entry::pid).contains(child.pid());
        registry.close();
        assertThat(ProcessRegistry.recorded(dir)).isEmpty();

        Files.writeString(dir.resolve("torn.pids"), "harness 999999999 0 /bin/true\n12 34");
        assertThat(ProcessRegistry.reapOrphans(dir)).isEmpty();
    }

    private static Process sleeper() throws IOException {
        return new ProcessBuilder("sleep", "60").start();
    }

    private void writeRegistry(String name, String harnessLine, Process childProcess) throws IOException {
        ProcessRegistry.Entry entry = ProcessRegistry.Entry.of(childProcess.toHandle());
        Files.writeString(dir.resolve(name), "harness " + harnessLine + "\n" + entry.pid() + " "
                + entry.startMillis() + " " + entry.command() + "\n");
    }
}
