package io.faultline.histories.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The reference histories under {@code src/test/resources/fixtures} (surefire runs in the module folder). */
final class Fixtures {
    static final Path ROOT = Path.of("src/test/resources/fixtures");

    private Fixtures() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    /** Every history file: everything but the README and the EXPECTED tables. */
    static List<Path> histories() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().matches("README\\.md|EXPECTED\\.tsv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of an EXPECTED.tsv, each a map from column name to cell. */
    static List<Map<String, String>> expected(String folder) {
        try {
            List<String> lines = Files.readAllLines(ROOT.resolve(folder).resolve("EXPECTED.tsv"));
            List<String> header = Arrays.asList(lines.get(0).split("\t"));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
