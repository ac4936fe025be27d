package io.faultline.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.codec.Histories;
import io.faultline.runtime.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Reads a stored run's {@code test.json}, {@code results.json} and {@code history.jsonl} into {@link ReportData}. */
final class ReportDataReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    // the clock is the runtime's, not a choice of the run; runs stored before it was recorded lack it
    private static final Set<String> NOT_PARAMETERS = Set.of("name", "seed", "reproduce", "commit", "clock");

    private ReportDataReader() {
    }

    /**
     * The run stored in {@code dir}; {@code history} when the caller already holds it, else read from the file.
     *
     * @throws NoSuchFileException (wrapped) when {@code dir} is not a run directory
     */
    static ReportData load(Path dir, History history) {
        JsonNode spec = read(dir.resolve("test.json"));
        JsonNode results = read(dir.resolve("results.json"));
        History ops = history != null ? history : Histories.read(dir.resolve("history.jsonl"));
        List<CheckView> checks = new ArrayList<>();
        results.path("checkers").forEach(c -> checks.add(check(c)));
        return new ReportData(spec.path("name").asText(dir.getFileName().toString()), spec.path("seed").asLong(),
                spec.path("commit").asText("unknown"), spec.path("reproduce").asText(""),
                clock(spec) == Clock.VIRTUAL, parameters(spec),
                results.path("verdict").asText("unknown"), results.path("consistency").asText(""), checks, ops);
    }

    private static Clock clock(JsonNode spec) {
        return Clock.ofStored(spec.path("clock").asText(""), spec.path("runtime").asText("sim"));
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new NoSuchFileException(file + " (not a stored run: it has no "
                    + file.getFileName() + ")"));
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> parameters(JsonNode spec) {
        Map<String, String> out = new LinkedHashMap<>();
        spec.properties().forEach(e -> {
            if (!NOT_PARAMETERS.contains(e.getKey())) {
                out.put(e.getKey(), text(e.getValue()));
            }
        });
        return out;
    }

    /** A JSON value as a person reads it: lists joined by commas, maps as {@code k=v}, empty as {@code none}. */
    private static String text(JsonNode value) {
        if (value.isArray() || value.isObject()) {
            StringJoiner joined = new StringJoiner(", ");
            if (value.isArray()) {
                value.forEach(v -> joined.add(v.asText()));
            } else {
                value.properties().forEach(e -> joined.add(e.getKey() + "=" + e.getValue().asText()));
            }
            return joined.length() == 0 ? "none" : joined.toString();
        }
        return value.asText();
    }

    private static CheckView check(JsonNode c) {
        List<Anomaly> anomalies = new ArrayList<>();
        c.path("anomalies").forEach(a -> {
            List<Long> ops = new ArrayList<>();
            a.path("ops").forEach(o -> ops.add(o.asLong()));
            anomalies.add(new Anomaly(a.path("kind").asText(), a.path("description").asText(), ops));
        });
        return new CheckView(c.path("checker").asText(), c.path("verdict").asText(), c.path("summary").asText(),
                anomalies, counterexample(c.path("details").path("counterexample")));
    }

    /** The counterexample's calls by invocation line; {@code null} when the checker left none. */
    private static CounterexampleMarks counterexample(JsonNode cx) {
        if (!cx.isObject() || !cx.path("calls").isArray()) {
            return null;
        }
        Map<Integer, Long> lineById = new HashMap<>();
        Set<Long> lines = new HashSet<>();
        cx.path("calls").forEach(call -> {
            lineById.put(call.path("id").asInt(), call.path("invokeIndex").asLong());
            lines.add(call.path("invokeIndex").asLong());
        });
        Map<Long, Integer> order = new HashMap<>();
        int position = 1;
        for (JsonNode id : cx.path("longestPrefix")) {
            Long line = lineById.get(id.asInt());
            if (line != null) {
                order.put(line, position);
            }
            position++;
        }
        long unplaceable = lineById.getOrDefault(cx.path("unplaceable").asInt(-1), -1L);
        return new CounterexampleMarks(cx.path("key").asText(), lines, order, unplaceable,
                cx.path("unplaceableText").asText(""), cx.path("stateAfterPrefix").asText(""));
    }
}
