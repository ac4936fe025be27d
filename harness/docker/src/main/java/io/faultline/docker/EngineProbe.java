package io.faultline.docker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A quick look for a Docker engine before Testcontainers' own search, which tries every strategy with retries and
 * can take minutes to give up. Looks where Testcontainers would: {@code DOCKER_HOST} if set (unix or tcp), else the
 * usual sockets. Other schemes (ssh, npipe) are left to Testcontainers.
 */
final class EngineProbe {

    private static final int CONNECT_TIMEOUT_MS = 1000;

    private EngineProbe() {
    }

    /** Whether something accepts connections where the engine should be (false means: certainly no engine). */
    static boolean somethingListens() {
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return listens(dockerHost.trim());
        }
        return defaultSockets().stream().anyMatch(socket -> listens("unix://" + socket));
    }

    private static List<Path> defaultSockets() {
        List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock")));
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        if (runtimeDir != null) {
            sockets.add(Path.of(runtimeDir, "docker.sock")); // rootless Docker
        }
        sockets.add(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock")); // Docker Desktop
        return sockets;
    }

    static boolean listens(String endpoint) {
        if (endpoint.startsWith("unix://")) {
            Path socket = Path.of(endpoint.substring("unix://".length()));
            if (!Files.exists(socket)) {
                return false;
            }
            try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                return channel.isConnected();
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        if (endpoint.startsWith("tcp://")) {
            URI uri = URI.create(endpoint);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort()),
                        CONNECT_TIMEOUT_MS);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }
}
