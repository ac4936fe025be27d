package io.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class NodeServerTest {

    @TempDir
    Path dir;

    @Test
    void malformedAndOversizedFramesAreDroppedAndTheNodeKeepsServing() throws Exception {
        try (Cluster cluster = new Cluster("raft", 1, dir, 1024, Map.of());
             TestClient client = new TestClient("c1", cluster.ports.get("n1"))) {
            client.sendRaw("this is not json");
            JsonNode unknown = client.request("n1", "\"type\":\"no-such-type\"");
            assertThat(unknown.path("type").asText()).isEqualTo("error");
            assertThat(unknown.path("code").asInt()).isEqualTo(12);
            client.sendRaw("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"write\",\"msg_id\":1000,\"key\":\""
                    + "k".repeat(5000) + "\",\"value\":1}}");
            client.sendRaw("{\"src\":\"c1\",\"dest\":\"n1\"}");
            JsonNode written = retryUntilOk(client, "n1", "\"type\":\"write\",\"key\":\"x\",\"value\":7");
            assertThat(written.path("type").asText()).isEqualTo("write_ok");
            JsonNode read = client.request("n1", "\"type\":\"read\",\"key\":\"x\"");
            assertThat(read.path("type").asText()).isEqualTo("read_ok");
            assertThat(read.path("value").asLong()).isEqualTo(7);
            assertThat(cluster.log())
                    .contains("dropped a malformed frame")
                    .contains("unknown message type 'no-such-type'")
                    .contains("byte frame from");
            assertThat(cluster.servers.get("n1").failure()).isNotDone();
        }
    }

    @Test
    void aCasCreatesItsKeyOverTheWireAndARequestFieldTheNodeLacksIsAnswered12() throws Exception {
        try (Cluster cluster = new Cluster("raft", 1, dir, ServerConfig.DEFAULT_MAX_FRAME_BYTES, Map.of());
             TestClient client = new TestClient("c1", cluster.ports.get("n1"))) {
            JsonNode created = retryUntilOk(client, "n1",
                    "\"type\":\"cas\",\"key\":\"s\",\"from\":[],\"to\":[1],\"create_if_not_exists\":true");
            assertThat(created.path("type").asText()).isEqualTo("cas_ok");
            assertThat(client.request("n1", "\"type\":\"read\",\"key\":\"s\"").path("value").toString())
                    .isEqualTo("[1]");
            JsonNode unknown = client.request("n1",
                    "\"type\":\"cas\",\"key\":\"s\",\"from\":[1],\"to\":[1,2],\"only_if_newer\":true");
            assertThat(unknown.path("code").asInt()).isEqualTo(12);
            assertThat(unknown.path("text").asText()).contains("message type 'cas' has no field 'only_if_newer'");
        }
    }

    @Test
    void aSingleNodeRecoversSyncedStateOnTheSameDataDirectory() throws Exception {
        try (Cluster cluster = new Cluster("raft", 1, dir, ServerConfig.DEFAULT_MAX_FRAME_BYTES, Map.of());
             TestClient client = new TestClient("c1", cluster.ports.get("n1"))) {
            assertThat(retryUntilOk(client, "n1", "\"type\":\"write\",\"key\":\"x\",\"value\":3")
                    .path("type").asText()).isEqualTo("write_ok");
        }
        try (Cluster cluster = new Cluster("raft", 1, dir, ServerConfig.DEFAULT_MAX_FRAME_BYTES, Map.of());
             TestClient client = new TestClient("c1", cluster.ports.get("n1"))) {
            JsonNode read = retryUntilOk(client, "n1", "\"type\":\"read\",\"key\":\"x\"");
            assertThat(read.path("value").asLong()).isEqualTo(3);
        }
    }

    @Test
    void aNodeThatThrowsStopsTheServerLoudly() throws Exception {
        try (Cluster cluster = new Cluster("test-throwing", 1, dir, ServerConfig.DEFAULT_MAX_FRAME_BYTES, Map.of());
             TestClient client = new TestClient("c1", cluster.ports.get("n1"))) {
            assertThat(client.request("n1", "\"type\":\"read\",\"key\":\"x\"").path("type").asText())
                    .isEqualTo("read_ok");
            client.sendRaw("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"write\",\"msg_id\":5,"
                    + "\"key\":\"x\",\"value\":1}}");
            NodeServer server = cluster.servers.get("n1");
            assertThat(server.failure().get(10, TimeUnit.SECONDS)).hasMessage("boom");
            server.closed().get(10, TimeUnit.SECONDS);
            assertThat(cluster.log()).contains("threw while handling").contains("IllegalStateException: boom");
        }
    }

    /** Retries while the node answers 11 (no leader yet) or not at all, within a deadline. */
    static JsonNode retryUntilOk(TestClient client, String dest, String body) throws IOException,
            InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = client.tryRequest(dest, body);
            if (last != null && !last.path("type").asText().equals("error")) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no success from " + dest + " within 20 s; last reply " + last);
    }
}
