package io.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code faultline run --runtime maelstrom --bin PATH -- ARGS}: a real run, and every bad input in one line. */
@Timeout(60)
class MaelstromRunCommandTest {

    /** The correct Python node of the e2e module's Maelstrom tests (see its README). */
    private static final Path LEADER = Path.of("..", "e2e", "src", "test", "maelstrom", "lin_kv_leader.py");

    @TempDir
    Path store;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("run", "--time-limit", "2s", "--nemesis-interval", "500ms",
                "--nodes", "3", "--store", store.toString()));
        all.addAll(Arrays.asList(args));
        return FaultlineMain.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aMaelstromProgramRunsChecksAndPrintsACommandThatRunsItAgain() {
        assumeTrue(Files.isExecutable(LEADER) && python(), "python3 is needed to run " + LEADER);

        int code = run("--runtime", "maelstrom", "--bin", "python3", "--nemesis", "partition", "--seed", "4", "--",
                LEADER.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("run      maelstrom-register-partition, seed 4, runtime maelstrom, 3 nodes")
                .containsPattern("linearizable\\s+valid").contains("(wall-clock time)")
                .contains("--runtime maelstrom --nemesis-interval 500ms --bin python3 --seed 4 -- " + LEADER);
    }

    @Test
    void badProgramsAndMisplacedOptionsAreOneLineErrorsAndStoreNothing() throws IOException {
        Path notExecutable = Files.writeString(store.resolve("node.py"), "print('hi')\n");

        assertBadInput(run("--runtime", "maelstrom"), "the maelstrom runtime needs --bin PATH");
        assertBadInput(run("--runtime", "maelstrom", "--bin", "./no/such/node"), "--bin ./no/such/node: no such file");
        assertBadInput(run("--runtime", "maelstrom", "--bin", "no-such-program-anywhere"),
                "no such program on the PATH");
        assertBadInput(run("--runtime", "maelstrom", "--bin", notExecutable.toString()),
                "is not executable: chmod +x " + notExecutable + ", or run it through its interpreter");
        assertBadInput(run("--runtime", "maelstrom", "--bin", "false"), "n1 exited with code 1 before answering init");
        assertBadInput(run("--bin", "python3"), "--bin names a program for --runtime maelstrom; runtime sim runs");
        assertBadInput(run("--system", "maelstrom"), "system maelstrom is a program outside Faultline");
        assertBadInput(run("--", "x.py"), "only a --bin program takes arguments");
        assertBadInput(run("--runtime", "maelstrom", "--bin", "false", "--system", "raft", "--option", "reads=index"),
                "--bug and --option switch Faultline's own systems");
        try (Stream<Path> files = Files.list(store)) {
            assertThat(files).containsExactly(notExecutable);
        }
    }

    @Test
    void aFaultTheRuntimeCannotInflictIsAOneLineError() {
        assumeTrue(Files.isExecutable(LEADER) && python(), "python3 is needed to run " + LEADER);

        assertBadInput(run("--runtime", "maelstrom", "--bin", LEADER.toString(), "--nemesis", "clock"),
                "the clock nemesis needs a runtime that is ClockSkewable");
    }

    private void assertBadInput(int code, String message) {
        assertThat(code).as(out.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: ").contains(message);
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
