package io.faultline.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** N node servers in this JVM on ephemeral 127.0.0.1 ports; sockets are bound first so every peer list is known. */
final class Cluster implements AutoCloseable {

    final Map<String, NodeServer> servers = new TreeMap<>();
    final Map<String, Integer> ports = new TreeMap<>();
    private final Map<String, ServerConfig> configs = new TreeMap<>();
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    final Log log = new Log(new PrintStream(logBytes, true, StandardCharsets.UTF_8));

    Cluster(String system, int size, Path dataRoot, int maxFrameBytes, Map<String, String> options)
            throws IOException {
        Map<String, ServerSocket> sockets = new TreeMap<>();
        try {
            for (int i = 1; i <= size; i++) {
                ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                sockets.put("n" + i, socket);
                ports.put("n" + i, socket.getLocalPort());
            }
            for (Map.Entry<String, ServerSocket> node : sockets.entrySet()) {
                SortedMap<String, InetSocketAddress> peers = new TreeMap<>();
                ports.forEach((id, port) -> {
                    if (!id.equals(node.getKey())) {
                        peers.put(id, new InetSocketAddress("127.0.0.1", port));
                    }
                });
                ServerConfig config = new ServerConfig(system, node.getKey(),
                        new InetSocketAddress("127.0.0.1", ports.get(node.getKey())), peers,
                        dataRoot.resolve(node.getKey()), new TreeMap<>(options), new TreeSet<>(),
                        Main.defaultSeed(node.getKey()), maxFrameBytes);
                configs.put(node.getKey(), config);
                servers.put(node.getKey(), NodeServer.start(config, node.getValue(), log));
            }
        } catch (IOException | RuntimeException e) {
            close();
            sockets.values().forEach(PeerLink::closeQuietly);
            throw e;
        }
    }

    /** Stops {@code id} (its unsynced writes are dropped, as by a crash). */
    void stop(String id) {
        servers.get(id).close();
    }

    /** Starts {@code id} again on its old port and data directory. */
    void restart(String id) throws IOException {
        servers.put(id, NodeServer.start(configs.get(id), log));
    }

    String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    List<String> ids() {
        return new ArrayList<>(servers.keySet());
    }

    @Override
    public void close() {
        servers.values().forEach(NodeServer::close);
    }
}
