package io.faultline.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.runner.RunFiles;
import io.faultline.runner.TestSpec;
import io.faultline.runtime.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A finished run read back from the store: what {@code results.json} says about it, and the clock
 * {@code test.json} says it ran on. Only runs that reached the
 * check phase have a {@code results.json}; a killed run is skipped when looking for the newest.
 *
 * @param dir          the run's folder
 * @param seed         its seed
 * @param strongest    the strongest model kept
 * @param statement    the consistency one-liner
 * @param anomalyKinds the kind of every anomaly, once per anomaly
 * @param nodeMessages node-to-node messages, or -1 when the run did not count them
 * @param reproduce    the command that replays it
 * @param clock        the clock its times are on
 */
public record StoredRun(Path dir, long seed, String strongest, String statement, List<String> anomalyKinds,
                        long nodeMessages, String reproduce, Clock clock) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public StoredRun {
        anomalyKinds = List.copyOf(anomalyKinds);
    }

    /**
     * The newest finished run of {@code spec}'s test in {@code spec}'s store, with {@code seed} when one is given.
     * Run folders are named by their start time, so the newest sorts last.
     */
    public static Optional<StoredRun> newest(TestSpec spec, Long seed) {
        Path testDir = RunFiles.testDir(spec);
        if (!Files.isDirectory(testDir)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(testDir)) {
            List<Path> newestFirst = runs.filter(dir -> Files.isRegularFile(dir.resolve("results.json")))
                    .sorted(Comparator.comparing((Path dir) -> dir.getFileName().toString()).reversed()).toList();
            return newestFirst.stream().map(StoredRun::read).filter(run -> seed == null || run.seed() == seed)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + testDir + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code dir/results.json}, and the clock from {@code dir/test.json}. */
    public static StoredRun read(Path dir) {
        Path file = dir.resolve("results.json");
        try {
            JsonNode json = JSON.readTree(file.toFile());
            List<String> kinds = new ArrayList<>();
            json.path("anomalies").forEach(a -> kinds.add(a.path("kind").asText()));
            return new StoredRun(dir, json.path("seed").asLong(), json.path("strongest-model").asText("none"),
                    json.path("consistency").asText(""), kinds, json.path("stats").path("nodeMessages").asLong(-1),
                    json.path("reproduce").asText(""), clock(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Clock clock(Path dir) throws IOException {
        Path file = dir.resolve("test.json");
        JsonNode spec = Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
        return Clock.ofStored(spec.path("clock").asText(""), spec.path("runtime").asText("sim"));
    }

    /** The run's {@code history.jsonl}. */
    public Path history() {
        return dir.resolve("history.jsonl");
    }
}
