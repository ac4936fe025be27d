package io.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The server as a real process: {@code ready} on stdout, kill -9 keeps acknowledged writes, SIGTERM stops it. */
@Timeout(90)
class ProcessTest {

    private static final Pattern LISTENING = Pattern.compile("listening on [^ ]*:(\\d+),");

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void survivesKillNineWithItsAcknowledgedWritesAndStopsCleanlyOnSigterm() throws Exception {
        Started first = start();
        try (TestClient client = new TestClient("c1", first.port)) {
            assertThat(NodeServerTest.retryUntilOk(client, "n1", "\"type\":\"write\",\"key\":\"x\",\"value\":9")
                    .path("type").asText()).isEqualTo("write_ok");
        }
        first.process.destroyForcibly(); // SIGKILL
        assertThat(first.process.waitFor(10, TimeUnit.SECONDS)).isTrue();

        Started second = start();
        try (TestClient client = new TestClient("c1", second.port)) {
            JsonNode read = NodeServerTest.retryUntilOk(client, "n1", "\"type\":\"read\",\"key\":\"x\"");
            assertThat(read.path("value").asLong()).isEqualTo(9);
        }
        second.process.destroy(); // SIGTERM
        assertThat(second.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.process.exitValue()).isEqualTo(143);
        assertThat(Files.readString(second.stderr)).contains("n1: stopped");
    }

    private record Started(Process process, int port, Path stderr) {
    }

    private Started start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stderr = dir.resolve("stderr-" + started.size() + ".log");
        // stderr to a file: Process.destroy() would close a piped stderr before the last lines are read
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.faultline.server.Main", "--system", "raft", "--id", "n1", "--listen", "127.0.0.1:0",
                "--data-dir", dir.resolve("n1").toString()).redirectError(stderr.toFile()).start();
        started.add(process);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String ready = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(ready).as("stdout; stderr: %s", Files.readString(stderr)).isEqualTo("ready");
        Matcher matcher = LISTENING.matcher(Files.readString(stderr)); // logged before ready
        assertThat(matcher.find()).isTrue();
        return new Started(process, Integer.parseInt(matcher.group(1)), stderr);
    }
}
