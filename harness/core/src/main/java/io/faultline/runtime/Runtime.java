package io.faultline.runtime;

/**
 * Where a cluster runs: the simulator ({@code sim}), local processes ({@code process}) or containers
 * ({@code docker}); a Kubernetes runtime would be one more. The runner and the nemeses see only this interface,
 * {@link Cluster} and {@link Net}, which is why none of them mention Docker, Toxiproxy or virtual time.
 */
public interface Runtime {

    /** The name users type: {@code sim}, {@code process}, {@code docker}. */
    String name();

    /**
     * Builds the cluster described by {@code spec} and starts every node. When this returns, each node has run
     * (sim) or is running (real runtimes) its {@code onStart}; nothing else is promised: no leader, no quorum.
     *
     * @throws IllegalArgumentException if the spec names a bug the system does not have
     */
    Cluster start(ClusterSpec spec);
}
