package io.faultline.report.serve;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a request path into a file inside the store, or nothing. Nothing outside the store is ever reachable:
 * {@code ..} and empty or hidden segments are refused before the path is resolved, and the resolved file's real
 * path (links followed, as {@code store/latest} is one) must still lie inside the store's real path.
 */
final class StorePaths {
    private final Path storeReal;

    StorePaths(Path store) throws IOException {
        this.storeReal = store.toRealPath();
    }

    /** The existing file or directory that {@code requestPath} (decoded, starting with {@code /}) names. */
    Optional<Path> resolve(String requestPath) {
        if (requestPath == null || !requestPath.startsWith("/") || requestPath.indexOf('\0') >= 0
                || requestPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Path current = storeReal;
        for (String segment : requestPath.substring(1).split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals("..") || segment.startsWith(".")) {
                return Optional.empty();
            }
            try {
                current = current.resolve(segment);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return inside(current);
    }

    private Optional<Path> inside(Path candidate) {
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(storeReal) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code file}'s path relative to the store, with forward slashes. */
    String relative(Path file) {
        return storeReal.relativize(file).toString().replace('\\', '/');
    }
}
