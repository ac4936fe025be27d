package io.faultline.docker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;

/**
 * Who started a container or network: this host, this JVM's pid and its start time, written as Docker labels on
 * everything the runtime creates. Ryuk (Testcontainers' own reaper) cannot be pulled where no registry is reachable,
 * so a JVM killed with {@code kill -9} leaves its containers behind; the next start reaps those whose owner is gone
 * ({@link OrphanReaper}). The start time guards against a recycled pid.
 *
 * @param host        the host name
 * @param pid         the owning JVM's pid
 * @param startMillis when that process started, epoch millis
 */
record Owner(String host, long pid, long startMillis) {

    /** Marks everything the docker runtime creates, whoever owns it. */
    static final String RUNTIME_LABEL = "io.faultline.runtime";
    static final String OWNER_LABEL = "io.faultline.owner";

    static Owner self() {
        ProcessHandle me = ProcessHandle.current();
        return new Owner(hostName(), me.pid(), startMillis(me).orElse(0L));
    }

    /** The labels for a container or network of this owner. */
    Map<String, String> labels() {
        return Map.of(RUNTIME_LABEL, "docker", OWNER_LABEL, host + "/" + pid + "/" + startMillis);
    }

    /** The owner a label value names, or empty when it is not one of ours. */
    static Optional<Owner> parse(String label) {
        String[] parts = label == null ? new String[0] : label.split("/");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Owner(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether this owner is certainly dead: it ran on this host and no live process has its pid and start time.
     * An owner on another host sharing the Docker engine is never judged dead.
     */
    boolean isGone() {
        if (!host.equals(hostName())) {
            return false;
        }
        return ProcessHandle.of(pid).flatMap(Owner::startMillis).map(start -> start != startMillis).orElse(true);
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(instant -> instant.toEpochMilli());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
