package io.faultline.maelstrom;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks {@code --bin} before anything starts, so that a typo is one line naming the problem and the fix rather
 * than N processes failing to start.
 */
final class Program {

    private Program() {
    }

    /**
     * The executable {@code bin} names: a path if it has a slash, else a program on the {@code PATH}.
     *
     * @throws IllegalArgumentException naming what is wrong and how to fix it
     */
    static Path resolve(String bin) {
        if (bin.contains(File.separator)) {
            return requireExecutable(Path.of(bin), bin);
        }
        return onPath(bin).orElseThrow(() -> new IllegalArgumentException("--bin " + bin
                + ": no such program on the PATH (give its path, for example ./" + bin + ")"));
    }

    private static Path requireExecutable(Path path, String bin) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("--bin " + bin + ": no such file (check the path; relative paths"
                    + " start from " + Path.of("").toAbsolutePath() + ")");
        }
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("--bin " + bin + " is a directory, not a program");
        }
        if (!Files.isExecutable(path)) {
            throw new IllegalArgumentException("--bin " + bin + " is not executable: chmod +x " + bin
                    + ", or run it through its interpreter: --bin python3 -- " + bin);
        }
        return path;
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
