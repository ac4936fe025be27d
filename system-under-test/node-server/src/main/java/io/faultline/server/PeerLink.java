package io.faultline.server;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * This node's own outbound connection to one peer: every node-to-node message to that peer goes here (replies
 * included), so a one-way network cut affects exactly one direction. Connects lazily and reconnects with
 * backoff; lines queued while the peer is unreachable are dropped (a lost message, which nodes tolerate).
 */
final class PeerLink implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MS = 1000;
    private static final long MAX_BACKOFF_MS = 1000;

    private final String self;
    private final String peer;
    private final InetSocketAddress address;
    private final Log log;
    private final LineWriter writer = new LineWriter();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Socket socket;

    PeerLink(String self, String peer, InetSocketAddress address, Log log) {
        this.self = self;
        this.peer = peer;
        this.address = address;
        this.log = log;
        this.thread = new Thread(this::run, "link-" + self + "-" + peer);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void send(String line) {
        writer.offer(line);
    }

    private void run() {
        long backoff = 20;
        boolean reported = false;
        while (running) {
            Socket connection = new Socket();
            try {
                connection.setTcpNoDelay(true);
                connection.connect(address, CONNECT_TIMEOUT_MS);
                socket = connection;
                log.info(self + ": connected to " + peer + " at " + address);
                backoff = 20;
                reported = false;
                startDiscarding(connection);
                writer.drainTo(new BufferedOutputStream(connection.getOutputStream()), () -> running);
            } catch (IOException e) {
                int dropped = writer.clear();
                if (running && !reported) {
                    log.warn(self + ": link to " + peer + " at " + address + " down (" + e.getMessage() + "); "
                            + dropped + " message(s) dropped; reconnecting");
                    reported = true;
                }
            } finally {
                closeQuietly(connection);
                socket = null;
            }
            if (running) {
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    /** The peer never writes on our link; reading notices its close so the next write fails fast. */
    private void startDiscarding(Socket connection) {
        Thread reader = new Thread(() -> {
            try (InputStream in = connection.getInputStream()) {
                byte[] sink = new byte[1024];
                while (in.read(sink) >= 0) {
                    // discard
                }
            } catch (IOException e) {
                // closed
            }
            closeQuietly(connection);
        }, "link-" + self + "-" + peer + "-eof");
        reader.setDaemon(true);
        reader.start();
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        Socket current = socket;
        if (current != null) {
            closeQuietly(current);
        }
        thread.interrupt();
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
