package io.faultline.report.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The runs of a store, {@code <store>/<test>/<timestamp>/}, newest first. The {@code latest} link and hidden
 * entries are skipped, so each run is listed once. A run without {@code results.json} (killed, or still running)
 * is listed as {@code incomplete}.
 */
final class StoredRuns {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One run, as the index lists it.
     *
     * @param path        its directory relative to the store, with forward slashes: {@code <test>/<timestamp>}
     * @param test        the test's name
     * @param stamp       the directory's timestamp
     * @param verdict     {@code valid}, {@code invalid}, {@code unknown} or {@code incomplete}
     * @param consistency the strongest model satisfied, as a sentence, or empty
     * @param calls       client calls, or -1 when unknown
     * @param okPercent   calls that completed ok, in percent, or -1
     * @param hasReport   whether {@code report.html} is there
     * @param log         the runtime's log relative to the run ({@code logs/sim.log}), or {@code null}
     */
    record Run(String path, String test, String stamp, String verdict, String consistency, long calls,
               double okPercent, boolean hasReport, String log) {
    }

    private StoredRuns() {
    }

    static List<Run> list(Path store) {
        List<Run> runs = new ArrayList<>();
        for (Path test : children(store)) {
            for (Path run : children(test)) {
                runs.add(describe(store, run));
            }
        }
        runs.sort(Comparator.comparing(Run::stamp).thenComparing(Run::test).reversed());
        return runs;
    }

    /** Real subdirectories, not links and not hidden. */
    private static List<Path> children(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    private static Run describe(Path store, Path dir) {
        String path = store.relativize(dir).toString().replace('\\', '/');
        String test = dir.getParent().getFileName().toString();
        String stamp = dir.getFileName().toString();
        boolean report = Files.isRegularFile(dir.resolve("report.html"));
        String log = firstLog(dir.resolve("logs"));
        JsonNode results = readResults(dir.resolve("results.json"));
        if (results == null) {
            return new Run(path, test, stamp, "incomplete", "", -1, -1, report, log);
        }
        return new Run(path, test, stamp, results.path("verdict").asText("unknown"),
                results.path("consistency").asText(""), results.path("stats").path("calls").asLong(-1),
                results.path("ok-percent").asDouble(-1), report, log);
    }

    private static String firstLog(Path logs) {
        if (!Files.isDirectory(logs)) {
            return null;
        }
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(Files::isRegularFile).map(f -> "logs/" + f.getFileName()).sorted().findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The run's results, or {@code null} when it has none or they cannot be read (a run cut short). */
    private static JsonNode readResults(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            return null;
        }
    }
}
