package io.faultline.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes an {@link ExperimentReport} into a folder as {@code NAME.csv}, {@code NAME.svg} and {@code NAME.txt}. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes the three files (replacing older ones) and returns their paths. */
    public static List<Path> write(ExperimentReport report, Path folder) {
        try {
            Files.createDirectories(folder);
            Path csv = folder.resolve(report.name() + ".csv");
            Path svg = folder.resolve(report.name() + ".svg");
            Path txt = folder.resolve(report.name() + ".txt");
            Files.writeString(csv, report.table().csv(), StandardCharsets.UTF_8);
            Files.writeString(svg, SvgPlot.render(report.plot()), StandardCharsets.UTF_8);
            Files.writeString(txt, report.text(), StandardCharsets.UTF_8);
            return List.of(csv, svg, txt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
