package io.faultline.e2e.maelstrom;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Maelstrom programs the tests run: the two Python nodes next to this module's tests
 * ({@code src/test/maelstrom}, see its README) and Faultline's own node server in {@code --transport stdio} mode.
 */
final class MaelstromPrograms {

    private static final Path DIR = Path.of("src", "test", "maelstrom");

    private MaelstromPrograms() {
    }

    /** The correct single-leader store, run through its shebang. */
    static List<String> leader() {
        requirePython();
        return List.of(DIR.resolve("lin_kv_leader.py").toString());
    }

    /** The broken store whose followers read an asynchronous copy. */
    static List<String> staleReads() {
        requirePython();
        return List.of(DIR.resolve("lin_kv_stale_reads.py").toString());
    }

    /** Faultline's node server hosting {@code system}, on this JVM's class path (node-server is a test dependency). */
    static List<String> nodeServer(String system) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), "io.faultline.server.Main", "--system", system,
                "--transport", "stdio");
    }

    /** Skips the calling test, saying why, on a machine without python3 (CI has it: .ci/run installs it). */
    static void requirePython() {
        assumeTrue(hasPython(), "python3 is not on the PATH: install it (apt-get install python3) to run the"
                + " Maelstrom runtime tests with the Python nodes");
    }

    private static boolean hasPython() {
        try {
            Process python = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return python.waitFor(10, TimeUnit.SECONDS) && python.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
