package io.faultline.process;

import eu.rekawek.toxiproxy.ToxiproxyClient;
import io.faultline.runtime.RuntimeUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A {@code toxiproxy-server} of our own, on a free loopback port, logging to a file. Its API port must be chosen
 * before it starts (it cannot report a port the OS picked), so a start that loses a race for the port is retried
 * on another.
 */
public final class ToxiproxyServer implements AutoCloseable {

    private static final int ATTEMPTS = 3;
    private static final long READY_TIMEOUT_MILLIS = 10_000;

    private final Process process;
    private final int port;
    private final ToxiproxyClient client;

    private ToxiproxyServer(Process process, int port) {
        this.process = process;
        this.port = port;
        this.client = new ToxiproxyClient("127.0.0.1", port);
    }

    /**
     * Starts the server and waits until its API answers.
     *
     * @param log      its output, appended
     * @param registry where the process is recorded, so that a killed harness's server is reaped
     * @throws RuntimeUnavailableException if the program is missing or never answers
     */
    public static ToxiproxyServer start(Path binary, Path log, ProcessRegistry registry) {
        String lastFailure = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int port = FreePorts.pick();
            Process process = launch(binary, port, log);
            registry.add(process.toHandle());
            ToxiproxyServer server = new ToxiproxyServer(process, port);
            if (server.awaitReady()) {
                return server;
            }
            server.close();
            lastFailure = tail(log);
        }
        throw new RuntimeUnavailableException(binary + " did not start after " + ATTEMPTS + " attempts: "
                + lastFailure);
    }

    public ToxiproxyClient client() {
        return client;
    }

    /** The API port, on 127.0.0.1. */
    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    private static Process launch(Path binary, int port, Path log) {
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "-host", "127.0.0.1", "-port",
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                log.toFile()));
        // its info-level log has a line per connection; warnings and errors are what matter after a run
        builder.environment().put("LOG_LEVEL", "warn");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new RuntimeUnavailableException("cannot run " + binary + ": " + e.getMessage() + "; "
                    + ToxiproxyBinary.HOW_TO_INSTALL, e);
        }
    }

    private boolean awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MILLIS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                client.version();
                return true;
            } catch (IOException notYet) {
                sleepMillis(20);
            }
        }
        return false;
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log).strip();
            return text.isEmpty() ? "no output" : text.substring(text.lastIndexOf('\n') + 1);
        } catch (IOException e) {
            return "no output";
        }
    }

    static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after a second); every proxy goes with it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
