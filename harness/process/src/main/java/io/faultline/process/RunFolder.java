package io.faultline.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a process cluster keeps its files: the run's directory in the store, or a temporary directory for a run
 * that keeps nothing (deleted when the cluster closes). Nodes' logs go to {@code logs/<node>.log} (and
 * {@code logs/toxiproxy.log}), their storage to {@code data/<node>/}.
 */
final class RunFolder implements AutoCloseable {

    private final Path root;
    private final boolean temporary;

    private RunFolder(Path root, boolean temporary) {
        this.root = root;
        this.temporary = temporary;
    }

    /** The run's directory, or a fresh temporary one if {@code runDir} is null. */
    static RunFolder of(Path runDir) {
        try {
            if (runDir != null) {
                return new RunFolder(Files.createDirectories(runDir).toAbsolutePath(), false);
            }
            return new RunFolder(Files.createTempDirectory("faultline-process-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run's directory: " + e.getMessage(), e);
        }
    }

    /** {@code logs/<name>.log}, its directory created. */
    Path log(String name) {
        return inside(root.resolve("logs")).resolve(name + ".log");
    }

    /** {@code data/<node>/}, created. */
    Path data(String node) {
        return inside(root.resolve("data").resolve(node));
    }

    private static Path inside(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a temporary folder; a run's directory stays, with the nodes' logs and data for inspection. */
    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("note: could not remove " + root + ": " + e.getMessage());
        }
    }
}
