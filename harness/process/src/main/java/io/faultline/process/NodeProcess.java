package io.faultline.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * One node server JVM, across its lives: started, killed with SIGKILL, started again on the same data directory,
 * frozen with SIGSTOP and thawed with SIGCONT. Its stderr (the node's log) is appended to one file for all its
 * lives; its stdout carries only the {@code ready} line.
 */
final class NodeProcess {

    private static final long STOP_GRACE_MILLIS = 3000;
    /** How often a start moves to another port because its port was taken, before it gives up. */
    private static final int PORT_MOVES = 3;

    private final String id;
    private final Path log;
    private final IntFunction<List<String>> commandForPort;
    private final ProcessRegistry registry;
    private final NodePorts ports;
    private volatile Process process;
    private volatile boolean paused;
    private volatile boolean stopped;
    private int lives;

    /**
     * @param commandForPort the full command line that starts this node listening on a port
     */
    NodeProcess(String id, NodePorts ports, Path log, IntFunction<List<String>> commandForPort,
                ProcessRegistry registry) {
        this.id = id;
        this.ports = ports;
        this.log = log;
        this.commandForPort = commandForPort;
        this.registry = registry;
    }

    String id() {
        return id;
    }

    int port() {
        return ports.of(id);
    }

    /** Listen on another free port from the next start on (the old one was taken while the node was down). */
    private void movePort() {
        ports.move(id);
    }

    /**
     * {@link #start}, and if the node cannot listen because another program took its port in the meantime, moves
     * it to another port, has {@code wiring} point its proxies there and starts it again (up to
     * {@value #PORT_MOVES} times). Ports are picked outside the ephemeral range, so this is rare, but where the
     * kernel's ephemeral range covers every port it is not.
     *
     * @param retries where a retry runs: the cluster's event loop, so that it never races the nemesis
     * @param log     told of every move
     */
    CompletableFuture<Void> startOrMove(Wiring wiring, Executor retries, Consumer<String> log) {
        return startOrMove(wiring, retries, log, PORT_MOVES);
    }

    private CompletableFuture<Void> startOrMove(Wiring wiring, Executor retries, Consumer<String> log,
                                                int movesLeft) {
        return start().exceptionallyComposeAsync(failure -> {
            Throwable cause = unwrap(failure);
            boolean portTaken = cause instanceof NodeStartException e && e.portTaken();
            if (!portTaken || !wiring.canMove() || movesLeft == 0 || stopped || isRunning()) {
                return CompletableFuture.failedFuture(cause);
            }
            movePort();
            wiring.nodeMoved(id);
            log.accept(id + " could not listen on its port, another program took it; starting it on " + port());
            return startOrMove(wiring, retries, log, movesLeft - 1);
        }, retries);
    }

    /** What a start's future failed with, without the {@link CompletionException} that composed futures wrap it in. */
    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /**
     * Starts a new life and returns at once; the future completes when the node prints {@code ready}, or fails
     * with a {@link NodeStartException} when it exits first.
     */
    CompletableFuture<Void> start() {
        lives++;
        int port = port();
        appendToLog("---- faultline: starting " + id + " (life " + lives + ") on port " + port);
        ProcessBuilder builder = new ProcessBuilder(commandForPort.apply(port))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + id + ": " + e.getMessage(), e);
        }
        registry.add(started.toHandle());
        process = started;
        paused = false;
        return awaitReady(started);
    }

    private CompletableFuture<Void> awaitReady(Process started) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread.ofVirtual().name("ready-" + id).start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(started.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.equals("ready")) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            if (!ready.isDone()) {
                ready.completeExceptionally(NodeStartException.of(id, started, log));
            }
        });
        return ready;
    }

    /** SIGKILL, and wait until the OS has reaped it (its listening port and storage lock are free then). */
    void kill() {
        Process current = process;
        if (current == null) {
            return;
        }
        current.destroyForcibly();
        waitFor(current, 10_000);
        paused = false;
    }

    void pause() {
        if (isRunning() && !paused) {
            Signals.send(process, "STOP");
            paused = true;
        }
    }

    void resume() {
        if (isRunning() && paused) {
            Signals.send(process, "CONT");
            paused = false;
        }
    }

    boolean isRunning() {
        Process current = process;
        return current != null && current.isAlive();
    }

    boolean isPaused() {
        return paused && isRunning();
    }

    /** SIGTERM (the node server's clean stop) unless paused, then SIGKILL if it is not gone within a grace time. */
    void stop() {
        stopped = true;
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        if (paused) {
            kill(); // a stopped process would not act on SIGTERM before SIGCONT
            return;
        }
        current.destroy();
        if (!waitFor(current, STOP_GRACE_MILLIS)) {
            kill();
        }
    }

    private static boolean waitFor(Process process, long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void appendToLog(String line) {
        try {
            Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + log + ": " + e.getMessage(), e);
        }
    }
}
