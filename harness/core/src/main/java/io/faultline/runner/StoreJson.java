package io.faultline.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.weak.Summary;
import io.faultline.runtime.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The JSON files of a stored run: {@code test.json} (the {@link TestSpec}, durations written as the CLI reads
 * them, and the {@link Clock} its runtime ran on, which readers go by instead of the runtime's name) and {@code results.json} (verdict, statistics and every checker's result with its details).
 */
final class StoreJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private StoreJson() {
    }

    static void writeSpec(Path file, TestSpec spec, Clock clock) {
        ObjectNode json = JSON.createObjectNode();
        json.put("name", spec.testName());
        json.put("system", spec.system());
        json.set("system-options", JSON.valueToTree(spec.systemOptions()));
        json.set("bugs", JSON.valueToTree(spec.bugs()));
        json.put("nodes", spec.nodeCount());
        json.put("runtime", spec.runtime());
        json.put("clock", clock.key());
        if (!spec.bin().isEmpty()) {
            json.set("bin", JSON.valueToTree(spec.bin()));
        }
        json.put("workload", spec.workload());
        json.set("workload-options", JSON.valueToTree(spec.workloadOptions()));
        json.set("nemeses", JSON.valueToTree(spec.nemeses()));
        json.put("nemesis-interval", Reproduce.duration(spec.nemesisInterval()));
        json.put("time-limit", Reproduce.duration(spec.timeLimit()));
        json.put("rate", spec.ratePerSecond());
        json.put("concurrency", spec.concurrency());
        json.put("client-timeout", Reproduce.duration(spec.clientTimeout()));
        json.put("recovery-time", Reproduce.duration(spec.recoveryTime()));
        json.set("checkers", JSON.valueToTree(spec.checkers()));
        json.put("check-time-limit", Reproduce.duration(spec.checkTimeLimit()));
        json.put("seed", spec.seed());
        json.put("commit", SourceCommit.current());
        json.put("reproduce", Reproduce.command(spec));
        write(file, json);
    }

    static void writeResults(Path file, TestSpec spec, Summary summary, RunStats stats, List<CheckResult> results) {
        Verdict verdict = results.stream().map(CheckResult::verdict).reduce(Verdict.VALID, Verdict::merge);
        ObjectNode json = JSON.createObjectNode();
        json.put("test", spec.testName());
        json.put("seed", spec.seed());
        json.put("verdict", verdict.name().toLowerCase(Locale.ROOT));
        json.put("strongest-model", summary.strongest());
        json.put("consistency", summary.statement());
        json.set("anomalies", JSON.valueToTree(summary.anomalies()));
        json.put("reproduce", Reproduce.command(spec));
        json.set("stats", JSON.valueToTree(stats));
        json.put("ok-percent", stats.okPercent());
        json.put("availability-percent", stats.availabilityPercent());
        json.set("checkers", JSON.valueToTree(results));
        write(file, json);
    }

    private static void write(Path file, Object json) {
        try {
            JSON.writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
