package io.faultline.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A loopback port that is free right now, for programs that must be told their port in advance (a node server,
 * a Toxiproxy proxy or server).
 *
 * <p>Two rules keep a picked port from being taken before its program binds it:
 * <ul>
 *   <li>Ports come from outside the kernel's ephemeral range (below it, else above it): a port there is never
 *       handed out as the local end of an outgoing connection, and a run opens hundreds of those. Where the
 *       ephemeral range leaves no room (say {@code 1024 65535}), any free port is used: a node whose port was
 *       taken then moves to another ({@link NodeProcess#startOrMove}), the Toxiproxy server tries again.</li>
 *   <li>Picks walk the range from a random start, so this JVM never hands out one port twice (until it has gone
 *       round the whole range): two nodes, of one cluster or of two, never get the same port because neither
 *       had bound it yet.</li>
 * </ul>
 */
final class FreePorts {

    /** Ports from here up; below are well-known services. */
    private static final int LOWEST = 10_000;
    private static final int HIGHEST = 65_535;
    /** A range smaller than this is not worth walking. */
    private static final int MIN_RANGE = 1_000;
    private static final int ATTEMPTS = 200;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Optional<Range> SAFE = safeRange(ephemeralRange());
    private static int next = -1;

    private FreePorts() {
    }

    /** Ports {@code from} (inclusive) to {@code to} (exclusive). */
    record Range(int from, int to) {
        int size() {
            return to - from;
        }
    }

    static synchronized int pick() {
        if (SAFE.isEmpty()) {
            return anyFree();
        }
        Range range = SAFE.get();
        if (next < 0) {
            next = ThreadLocalRandom.current().nextInt(range.size());
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = range.from() + next;
            next = (next + 1) % range.size();
            if (isFree(port)) {
                return port;
            }
        }
        return anyFree();
    }

    /** The ports outside {@code ephemeral}: below it if there is room, else above it, else none. */
    static Optional<Range> safeRange(Range ephemeral) {
        Range below = new Range(LOWEST, ephemeral.from());
        Range above = new Range(Math.max(LOWEST, ephemeral.to()), HIGHEST + 1);
        if (below.size() >= MIN_RANGE) {
            return Optional.of(below);
        }
        return above.size() >= MIN_RANGE ? Optional.of(above) : Optional.empty();
    }

    /** The kernel's ephemeral ports; Linux's default 32768–60999 where the kernel does not say. */
    private static Range ephemeralRange() {
        try {
            // readString would see one byte: procfs reports a size of 0
            String[] bounds = String.join(" ", Files.readAllLines(EPHEMERAL_RANGE)).trim().split("\\s+");
            return new Range(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]) + 1);
        } catch (IOException | RuntimeException e) {
            return new Range(32_768, 61_000);
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
