package io.faultline.docker;

import com.github.dockerjava.api.DockerClient;
import io.faultline.runner.SpecException;
import org.testcontainers.DockerClientFactory;

/** The Docker engine, or a one-line error saying how to get one. */
public final class DockerEngine {

    /** The message when no engine answers; tests that need Docker are skipped with it. */
    public static final String NOT_RUNNING = "Docker not running: start dockerd (as root: dockerd &, or "
            + "bash scripts/ci-docker.sh, which also installs it) and try again";

    private DockerEngine() {
    }

    /**
     * Whether an engine answers: a quick look at its socket ({@link EngineProbe}), then Testcontainers' own check,
     * which alone can take minutes to say no.
     */
    public static boolean isRunning() {
        try {
            return EngineProbe.somethingListens() && DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The engine's client; throws {@link SpecException} with {@link #NOT_RUNNING} when there is none. */
    static DockerClient client() {
        if (!isRunning()) {
            throw new SpecException(NOT_RUNNING);
        }
        return DockerClientFactory.instance().client();
    }
}
