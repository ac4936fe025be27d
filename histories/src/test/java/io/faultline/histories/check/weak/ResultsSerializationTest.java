package io.faultline.histories.check.weak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.testing.H;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results go to {@code results.json}: every result, its details and the summary must serialise with Jackson. */
class ResultsSerializationTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyResultAndTheSummarySerialise() throws Exception {
        History h = new H().key("x").call(0, "write", 1, 1).call(0, "write", 2, 2).call(1, "read", null, 2)
                .call(1, "read", null, 1).call(2, "read", null, 1).build();
        List<CheckResult> results = Checkers.run(Checkers.weaker(new KvModel()), h, Budget.defaults());
        for (CheckResult r : results) {
            JsonNode node = json.readTree(json.writeValueAsString(r));
            assertThat(node.get("checker").asText()).isEqualTo(r.checker());
            assertThat(node.get("details").isObject()).as(r.checker()).isTrue();
        }
        JsonNode summary = json.readTree(json.writeValueAsString(ConsistencySummary.of(results)));
        assertThat(summary.get("strongest").asText()).isEqualTo("none");
        assertThat(summary.get("verdicts").get("monotonic-reads").asText()).isEqualTo("INVALID");
        assertThat(summary.get("anomalies").get(0).get("checkers").isArray()).isTrue();
        JsonNode session = json.readTree(json.writeValueAsString(results.get(1))).get("details");
        assertThat(session.get("guarantees")).hasSize(4);
        assertThat(json.readTree(json.writeValueAsString(results.get(3))).get("details").get("versionLag")
                .get("max").asLong()).isEqualTo(1);
    }
}
