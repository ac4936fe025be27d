package io.faultline.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A loopback port that is free right now, for programs that must be told their port in advance (a node server,
 * a Toxiproxy proxy).
 *
 * <p>Ports come from below the kernel's ephemeral range: a port there is never handed out as the local end of an
 * outgoing connection. That matters because these ports are let go and bound again during a run (a killed node
 * restarts on its port; a disabled proxy re-binds its port when a partition heals), and with hundreds of client
 * and peer connections open, an ephemeral port released for a moment is soon taken by one of them.
 */
final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private FreePorts() {
    }

    static int pick() {
        int below = ephemeralLow();
        for (int attempt = 0; below > LOWEST + 1000 && attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (isFree(port)) {
                return port;
            }
        }
        return anyFree();
    }

    /** The lowest ephemeral port; 32768 (Linux's default) where the kernel does not say. */
    private static int ephemeralLow() {
        try {
            return Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port: " + e.getMessage(), e);
        }
    }
}
