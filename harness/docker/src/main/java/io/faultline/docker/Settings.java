package io.faultline.docker;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the docker runtime finds its settings: a system property first, then an environment variable. */
final class Settings {

    private Settings() {
    }

    static Optional<String> get(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * The Faultline checkout, which holds {@code docker/node/Dockerfile} and the node-server jar:
     * {@code faultline.home} / {@code FAULTLINE_HOME}, else the working directory or one above it, else the
     * directories above this code's jar ({@code harness/cli/target/faultline.jar} sits three levels down).
     */
    static Optional<Path> home() {
        List<Path> candidates = new ArrayList<>();
        get("faultline.home", "FAULTLINE_HOME").map(Path::of).ifPresent(candidates::add);
        addWithParents(candidates, Path.of("").toAbsolutePath());
        codeLocation().ifPresent(location -> addWithParents(candidates, location));
        return candidates.stream().filter(dir -> Files.isRegularFile(dir.resolve("docker/node/Dockerfile")))
                .findFirst().map(Path::normalize);
    }

    private static void addWithParents(List<Path> candidates, Path dir) {
        for (Path current = dir; current != null; current = current.getParent()) {
            candidates.add(current);
        }
    }

    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
