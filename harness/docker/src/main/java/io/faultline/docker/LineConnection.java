package io.faultline.docker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * One TCP connection carrying newline-terminated lines, connected and written on its own virtual thread so that
 * the event loop never blocks on a paused node or a stalled proxy, and read on another. Lines queued while it
 * connects are sent once it is up; once it fails, it stays closed and queued lines are dropped (the caller makes a
 * new one on its next send).
 */
final class LineConnection {

    private static final int CONNECT_TIMEOUT_MS = 1000;
    private static final String CLOSE = "\u0000close";

    private final String name;
    private final LinkedBlockingQueue<String> outbox = new LinkedBlockingQueue<>();
    private final Consumer<String> onLine;
    private final Consumer<String> onProblem;
    private volatile boolean closed;
    private volatile Socket socket;

    /**
     * @param onLine    every line read, from the reader thread
     * @param onProblem one line when the connection fails, from a socket thread
     */
    LineConnection(String name, InetSocketAddress address, Consumer<String> onLine, Consumer<String> onProblem) {
        this.name = name;
        this.onLine = onLine;
        this.onProblem = onProblem;
        Thread.ofVirtual().name("conn-" + name).start(() -> connectAndWrite(address));
    }

    void send(String line) {
        outbox.add(line);
    }

    boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
        outbox.add(CLOSE);
        Socket current = socket;
        if (current != null) {
            closeQuietly(current);
        }
    }

    private void connectAndWrite(InetSocketAddress address) {
        try (Socket connection = new Socket()) {
            connection.setTcpNoDelay(true);
            connection.connect(address, CONNECT_TIMEOUT_MS);
            socket = connection;
            if (closed) {
                return;
            }
            Thread.ofVirtual().name("read-" + name).start(() -> read(connection));
            OutputStream out = connection.getOutputStream();
            for (String line = outbox.take(); !line.equals(CLOSE); line = outbox.take()) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            fail(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed = true;
        }
    }

    private void read(Socket connection) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                onLine.accept(line);
            }
            fail("closed by the other end");
        } catch (IOException e) {
            fail(e.getMessage());
        } finally {
            close();
        }
    }

    private void fail(String why) {
        if (!closed) {
            onProblem.accept(name + ": connection lost (" + why + ")");
        }
        closed = true;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
