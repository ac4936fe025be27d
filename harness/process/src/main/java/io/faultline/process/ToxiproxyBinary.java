package io.faultline.process;

import io.faultline.runtime.RuntimeUnavailableException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code toxiproxy-server} program: the path in {@code FAULTLINE_TOXIPROXY} (or the system property
 * {@code faultline.toxiproxy}), else {@code toxiproxy-server} on the {@code PATH}, else where
 * {@code scripts/install-toxiproxy.sh} puts it ({@code ~/.cache/faultline/bin}).
 */
public final class ToxiproxyBinary {

    /** The version {@code scripts/install-toxiproxy.sh} and CI install, and the one this runtime is tested with. */
    public static final String VERSION = "v2.12.0";
    static final String NAME = "toxiproxy-server";
    static final String HOW_TO_INSTALL = "install it with `CGO_ENABLED=0 go install github.com/Shopify/toxiproxy/v2/"
            + "cmd/server@" + VERSION + "` and put the binary (named server) on the PATH as " + NAME
            + ", or run scripts/install-toxiproxy.sh, or set FAULTLINE_TOXIPROXY to its path";

    private ToxiproxyBinary() {
    }

    /** The program, if this machine has it. */
    public static Optional<Path> find() {
        String configured = configured();
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return candidates().stream().filter(Files::isExecutable).findFirst();
    }

    /** @throws RuntimeUnavailableException in one line saying how to install it, if it is missing */
    public static Path require() {
        String configured = configured();
        return find().orElseThrow(() -> new RuntimeUnavailableException(configured != null && !configured.isBlank()
                ? "FAULTLINE_TOXIPROXY is " + configured + ", which is not an executable file; " + HOW_TO_INSTALL
                : "the process runtime needs " + NAME + ", which is not on the PATH; " + HOW_TO_INSTALL));
    }

    private static String configured() {
        String property = System.getProperty("faultline.toxiproxy");
        return property != null ? property : System.getenv("FAULTLINE_TOXIPROXY");
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, NAME));
                }
            }
        }
        candidates.add(Path.of(System.getProperty("user.home"), ".cache", "faultline", "bin", NAME));
        return candidates;
    }
}
