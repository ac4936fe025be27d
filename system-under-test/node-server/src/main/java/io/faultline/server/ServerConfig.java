package io.faultline.server;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one node server runs: a system by name, this node's id and address, its peers' addresses, where its
 * storage lives, the system's options and bugs, the random seed and the frame limit.
 */
public record ServerConfig(String system, String id, InetSocketAddress listen,
                           SortedMap<String, InetSocketAddress> peers, Path dataDir,
                           SortedMap<String, String> options, SortedSet<String> bugs, long seed, int maxFrameBytes) {

    /** 1 MiB: a frame (one JSON envelope) longer than this is dropped. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 1 << 20;

    public ServerConfig {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataDir, "dataDir");
        peers = Collections.unmodifiableSortedMap(new TreeMap<>(peers));
        options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
        bugs = Collections.unmodifiableSortedSet(new TreeSet<>(bugs));
        if (peers.containsKey(id)) {
            throw new IllegalArgumentException("--peer must not name this node (" + id + ")");
        }
        if (maxFrameBytes < 64) {
            throw new IllegalArgumentException("frame limit too small: " + maxFrameBytes);
        }
    }
}
