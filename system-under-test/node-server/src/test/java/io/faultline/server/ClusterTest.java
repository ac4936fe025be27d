package io.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(90)
class ClusterTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"raft", "quorum", "primary-backup"})
    void threeNodeServersTakeAWriteThatEveryNodeThenReads(String system) throws Exception {
        try (Cluster cluster = new Cluster(system, 3, dir, ServerConfig.DEFAULT_MAX_FRAME_BYTES, Map.of())) {
            try (TestClient writer = new TestClient("c1", cluster.ports.get("n1"))) {
                JsonNode written = NodeServerTest.retryUntilOk(writer, "n1",
                        "\"type\":\"write\",\"key\":\"k\",\"value\":42");
                assertThat(written.path("type").asText()).isEqualTo("write_ok");
            }
            // raft: at least two of the three are followers, which forward the read to the leader and relay the answer
            for (String id : cluster.ids()) {
                try (TestClient reader = new TestClient("c-" + id, cluster.ports.get(id))) {
                    JsonNode read = NodeServerTest.retryUntilOk(reader, id, "\"type\":\"read\",\"key\":\"k\"");
                    assertThat(read.path("type").asText()).as("read at " + id).isEqualTo("read_ok");
                    assertThat(read.path("value").asLong()).as("read at " + id).isEqualTo(42);
                }
            }
            cluster.servers.values().forEach(server -> assertThat(server.failure()).isNotDone());
        }
    }

    @Test
    void aRestartedRaftNodeRejoinsThroughReconnectedLinks() throws Exception {
        try (Cluster cluster = new Cluster("raft", 3, dir, ServerConfig.DEFAULT_MAX_FRAME_BYTES, Map.of())) {
            try (TestClient client = new TestClient("c1", cluster.ports.get("n1"))) {
                NodeServerTest.retryUntilOk(client, "n1", "\"type\":\"write\",\"key\":\"k\",\"value\":1");
            }
            cluster.stop("n3");
            try (TestClient client = new TestClient("c2", cluster.ports.get("n1"))) {
                NodeServerTest.retryUntilOk(client, "n1", "\"type\":\"write\",\"key\":\"k\",\"value\":2");
            }
            cluster.restart("n3");
            try (TestClient client = new TestClient("c3", cluster.ports.get("n3"))) {
                JsonNode read = NodeServerTest.retryUntilOk(client, "n3", "\"type\":\"read\",\"key\":\"k\"");
                assertThat(read.path("value").asLong()).isEqualTo(2);
            }
            assertThat(cluster.log()).contains("n1: connected to n3", "n3: connected to n1");
        }
    }
}
