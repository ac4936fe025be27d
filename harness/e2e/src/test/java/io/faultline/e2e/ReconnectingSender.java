package io.faultline.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends numbered lines through a proxy the way a node's peer link does: one connection at a time, a new one as
 * soon as the last was closed, lines written into a dead connection lost. Measures what share arrived.
 */
final class ReconnectingSender {

    private ReconnectingSender() {
    }

    /** One connection, and whether its far end has closed it (noticed by a reader, as the node's link does). */
    private record Connection(Socket socket, AtomicBoolean closed) {

        static Connection open(int port) throws IOException {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setTcpNoDelay(true);
            AtomicBoolean closed = new AtomicBoolean();
            Thread.ofVirtual().start(() -> {
                try (InputStream in = socket.getInputStream()) {
                    byte[] sink = new byte[4096];
                    while (in.read(sink) >= 0) {
                        // echoes are not counted here: the receiver's record is
                    }
                } catch (IOException e) {
                    // reset
                }
                closed.set(true);
            });
            return new Connection(socket, closed);
        }

        boolean write(String line) {
            try {
                socket.getOutputStream().write(line.getBytes(StandardCharsets.UTF_8));
                return true;
            } catch (IOException lost) {
                closed.set(true);
                return false;
            }
        }
    }

    /** Sends {@code count} 100-byte lines to {@code port}, a line every 0.2 ms; the share {@code receiver} got. */
    static double deliveredShare(int port, EchoServer receiver, int count) throws Exception {
        receiver.received().clear();
        String padding = "x".repeat(90);
        Connection connection = null;
        for (int i = 0; i < count; i++) {
            if (connection == null || connection.closed().get()) {
                if (connection != null) {
                    connection.socket().close();
                }
                connection = Connection.open(port);
            }
            connection.write(i + " " + padding + "\n");
            LockSupport.parkNanos(200_000);
        }
        Thread.sleep(1000); // what is in flight arrives
        connection.socket().close();
        Set<String> distinct = new HashSet<>();
        String line;
        while ((line = receiver.received().poll(10, TimeUnit.MILLISECONDS)) != null) {
            distinct.add(line);
        }
        return distinct.size() / (double) count;
    }
}
