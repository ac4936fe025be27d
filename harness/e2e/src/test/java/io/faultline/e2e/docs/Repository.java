package io.faultline.e2e.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The checkout the docs tests read: its root (the folder of the root pom) and its Markdown pages. */
final class Repository {

    private Repository() {
    }

    /**
     * The repository root, found by walking up from the working directory (a module folder under surefire) to the
     * last folder that still has a {@code pom.xml}: the root pom has no parent pom above it.
     */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        Path root = null;
        for (Path d = dir; d != null && Files.isRegularFile(d.resolve("pom.xml")); d = d.getParent()) {
            root = d;
        }
        if (root == null) {
            throw new IllegalStateException("no pom.xml in " + dir + " or above: run from inside the Faultline checkout");
        }
        return root;
    }

    /** README.md and every page under docs/, as paths relative to the root. */
    static List<Path> markdownPages(Path root) {
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            return Stream.concat(Stream.of(root.resolve("README.md")),
                            docs.filter(p -> p.toString().endsWith(".md")).sorted())
                    .map(root::relativize).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
