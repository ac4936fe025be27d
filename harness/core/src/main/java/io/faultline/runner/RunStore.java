package io.faultline.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One run's directory, {@code <store>/<test>/<timestamp>/} (Jepsen's store layout), and the {@code <store>/latest}
 * link to the newest. The timestamp is the wall clock's, which is fine for a directory name: nothing inside the
 * history depends on it.
 */
final class RunStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS", Locale.ROOT);

    private final Path root;
    private final Path dir;

    private RunStore(Path root, Path dir) {
        this.root = root;
        this.dir = dir;
    }

    /** Creates a fresh directory for a run of {@code spec}, named by the time now (with a suffix if taken). */
    static RunStore create(TestSpec spec) {
        Path testDir = RunFiles.testDir(spec);
        String stamp = LocalDateTime.now().format(STAMP);
        try {
            Files.createDirectories(testDir);
            for (int attempt = 1; ; attempt++) {
                Path dir = testDir.resolve(attempt == 1 ? stamp : stamp + "-" + attempt);
                try {
                    Files.createDirectory(dir);
                    return new RunStore(spec.storeDir(), dir);
                } catch (FileAlreadyExistsException taken) {
                    // two runs in one millisecond: the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run directory under " + testDir + ": "
                    + e.getMessage(), e);
        }
    }

    Path dir() {
        return dir;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** Points {@code <store>/latest} at this run, replacing the previous link. */
    void markLatest() {
        Path latest = root.resolve("latest");
        try {
            Path temporary = root.resolve(".latest-" + dir.getFileName());
            Files.deleteIfExists(temporary);
            Files.createSymbolicLink(temporary, root.relativize(dir));
            Files.move(temporary, latest, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without links (some Windows setups) still has the run itself
            System.err.println("note: could not link " + latest + " to " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Removes this run's directory and everything in it, and the test's directory if that leaves it empty: for a
     * run that never started. Best effort: what cannot be removed stays, with a note on stderr.
     */
    void delete() {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir.getParent());
        } catch (DirectoryNotEmptyException otherRuns) {
            // the test's directory holds earlier runs
        } catch (IOException e) {
            System.err.println("note: could not remove " + dir + ": " + e.getMessage());
        }
    }

    /** A test name as one path segment. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._+=,-]", "_");
    }
}
