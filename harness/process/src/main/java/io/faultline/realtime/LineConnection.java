package io.faultline.realtime;

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
 * One TCP connection that carries newline-terminated lines both ways: a writer thread connects and sends what is
 * queued, a reader thread hands every line received to a callback. Both are virtual threads, so a harness with
 * hundreds of client endpoints holds no hundreds of platform threads. Once the connection fails or closes it stays
 * closed: lines sent afterwards are dropped (a lost message), and the owner opens a new connection.
 */
final class LineConnection implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 1000;
    private static final String CLOSE = "\u0000close";

    private final InetSocketAddress address;
    private final Consumer<String> onLine;
    private final LinkedBlockingQueue<String> outbox = new LinkedBlockingQueue<>();
    private final Socket socket = new Socket();
    private volatile boolean closed;

    private LineConnection(InetSocketAddress address, Consumer<String> onLine) {
        this.address = address;
        this.onLine = onLine;
    }

    /** Starts connecting to {@code address}; lines received are passed to {@code onLine} on the reader thread. */
    static LineConnection open(String name, InetSocketAddress address, Consumer<String> onLine) {
        LineConnection connection = new LineConnection(address, onLine);
        Thread.ofVirtual().name("line-out-" + name).start(connection::write);
        return connection;
    }

    /** Queues {@code line} (without its newline); dropped if the connection is closed or never opens. */
    void send(String line) {
        if (!closed) {
            outbox.add(line);
        }
    }

    boolean isClosed() {
        return closed;
    }

    private void write() {
        try {
            socket.setTcpNoDelay(true);
            socket.connect(address, CONNECT_TIMEOUT_MILLIS);
            Thread.ofVirtual().name("line-in-" + address).start(this::read);
            OutputStream out = socket.getOutputStream();
            while (!closed) {
                String line = outbox.take();
                if (line == CLOSE) {
                    break;
                }
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                if (outbox.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // refused (a cut client link), reset (a killed node) or closed: the requests in flight time out
        } finally {
            close();
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                onLine.accept(line);
            }
        } catch (IOException e) {
            // closed
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        outbox.add(CLOSE);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
