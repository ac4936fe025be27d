package io.faultline.docker;

import com.github.dockerjava.api.DockerClient;
import io.faultline.runner.SpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * What this JVM's clusters left on the engine: the ids of every container and network labelled with this JVM as
     * owner ({@link Owner}), for tests that check a suite cleaned up after itself. Empty when all were closed.
     */
    public static List<String> leftoversOfThisJvm() {
        String me = Owner.self().labels().get(Owner.OWNER_LABEL);
        DockerClient docker = client();
        List<String> ids = new ArrayList<>();
        docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(Owner.OWNER_LABEL, me)).exec()
                .forEach(container -> ids.add("container " + container.getId()));
        docker.listNetworksCmd().withFilter("label", List.of(Owner.OWNER_LABEL + "=" + me)).exec()
                .forEach(network -> ids.add("network " + network.getId()));
        return ids;
    }
}
