package io.faultline.report;

import io.faultline.histories.History;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes {@code report.html} into a stored run's directory: one self-contained page (inline CSS, SVG drawn here,
 * a small inline script, no network) with the verdicts and anomalies, the counterexample close-up, a timeline of
 * every call by process with the faults shaded, latency over time and its percentiles, throughput, the parameters
 * and the command that replays the run.
 *
 * <p>The page is made from the run's files alone ({@code test.json}, {@code results.json}, {@code history.jsonl}),
 * so the runner writes it after checking and {@code faultline report DIR} writes it again for any stored run. It
 * holds no wall-clock time: the same files give the same page, byte for byte.
 */
public final class HtmlReport {
    /** The report's file name inside a run directory. */
    public static final String FILE = "report.html";

    private HtmlReport() {
    }

    /** Writes the report of the run stored in {@code dir}, reading its history from {@code history.jsonl}. */
    public static Path write(Path dir) {
        return write(dir, null, ReportLimits.defaults());
    }

    /**
     * Writes the report of the run stored in {@code dir}.
     *
     * @param history the run's history when the caller holds it (the runner), or {@code null} to read the file
     * @throws UncheckedIOException wrapping {@link java.nio.file.NoSuchFileException} when {@code dir} is not a run
     */
    public static Path write(Path dir, History history, ReportLimits limits) {
        ReportData data = ReportDataReader.load(dir, history);
        String page = new ReportPage(data, limits, filesIn(dir)).render();
        Path file = dir.resolve(FILE);
        try {
            return Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The files of the run directory, by their path relative to it (logs included), for the page's links. */
    private static Set<String> filesIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir, 2)) {
            Set<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile).forEach(f -> names.add(dir.relativize(f).toString().replace('\\', '/')));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }
}
