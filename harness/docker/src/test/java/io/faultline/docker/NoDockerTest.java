package io.faultline.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.runner.Runner;
import io.faultline.runner.SpecException;
import io.faultline.runner.TestSpec;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Without an engine a docker run is one line that says how to get one; no Docker is needed to test that. */
class NoDockerTest {

    @Test
    void theProbeSeesNothingWhereNothingListens() throws IOException {
        assertThat(EngineProbe.listens("unix:///nonexistent/faultline/docker.sock")).isFalse();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
            assertThat(EngineProbe.listens("tcp://127.0.0.1:" + closedPort)).isTrue();
        }
        assertThat(EngineProbe.listens("tcp://127.0.0.1:" + closedPort)).isFalse();
    }

    @Test
    void aRunWithoutAnEngineIsTheOneLineError() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RunWithoutDocker.class.getName()).redirectErrorStream(false);
        builder.environment().put("DOCKER_HOST", "unix:///nonexistent/faultline-" + ProcessHandle.current().pid());
        Process child = builder.start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out.strip()).isEqualTo(DockerEngine.NOT_RUNNING);
    }

    /** The child: a short docker run, printing the spec error's message. */
    public static final class RunWithoutDocker {
        public static void main(String[] args) {
            try {
                Runner.run(TestSpec.defaults().withRuntime("docker").withTimeLimit(Duration.ofSeconds(1))
                        .withNemeses(List.of()).withStoreDir(null));
                System.out.println("ran?!");
            } catch (SpecException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
