package io.faultline.docker;

import com.github.dockerjava.api.DockerClient;
import io.faultline.runtime.NodeDriver;

/**
 * How the docker runtime crashes, restarts and freezes one node's container: {@code docker kill} and a start of
 * the same container (its file system, and so its synced storage, kept), {@code docker pause} and
 * {@code unpause} (the cgroup freezer). The engine is not asked what state a container is in; this remembers what
 * it was told, which is all that happens to a node container in a run.
 */
final class FreezableContainer implements NodeDriver {

    private final DockerClient docker;
    private final String containerId;
    private boolean dead;
    private boolean paused;

    FreezableContainer(DockerClient docker, String containerId) {
        this.docker = docker;
        this.containerId = containerId;
    }

    String id() {
        return containerId;
    }

    @Override
    public boolean isRunning() {
        return !dead;
    }

    @Override
    public boolean isPaused() {
        return paused;
    }

    @Override
    public void kill() {
        thaw(); // a frozen process cannot take its SIGKILL
        docker.killContainerCmd(containerId).exec();
        dead = true;
    }

    @Override
    public void start() {
        docker.startContainerCmd(containerId).exec();
        dead = false;
    }

    @Override
    public void pause() {
        docker.pauseContainerCmd(containerId).exec();
        paused = true;
    }

    @Override
    public void resume() {
        thaw();
    }

    /** Unpauses the container if it is paused: before a kill, a resume, and removing it. */
    void thaw() {
        if (paused) {
            docker.unpauseContainerCmd(containerId).exec();
            paused = false;
        }
    }
}
