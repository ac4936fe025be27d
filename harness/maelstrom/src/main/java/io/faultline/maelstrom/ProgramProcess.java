package io.faultline.maelstrom;

import io.faultline.process.ProcessRegistry;
import io.faultline.process.Signals;
import io.faultline.realtime.RealTimeLoop;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One life of one node: an operating-system process fed on stdin and read on stdout and stderr, one line at a
 * time. A reader thread per stream posts each line to the {@link RealTimeLoop}, so the cluster sees them on its
 * own thread; a writer thread drains a queue into stdin, so that a paused (SIGSTOPped) node whose pipe is full
 * blocks only that thread, and what queues up meanwhile reaches the node when it resumes.
 */
final class ProgramProcess {

    private static final String END = new String("end of input");

    private final String id;
    private final Process process;
    private final LinkedBlockingQueue<String> toStdin = new LinkedBlockingQueue<>();

    private ProgramProcess(String id, Process process) {
        this.id = id;
        this.process = process;
    }

    /**
     * Starts {@code command} for node {@code id}.
     *
     * @param registry where the process is recorded, so that it is killed if the harness dies first
     * @param onStdout called on the loop with each line the node prints on stdout
     * @param onStderr called on the loop with each line the node prints on stderr
     * @throws IOException if the program cannot be started
     */
    static ProgramProcess start(String id, List<String> command, ProcessRegistry registry, RealTimeLoop loop,
                             Consumer<String> onStdout, Consumer<String> onStderr, Runnable onExit)
            throws IOException {
        Process process = new ProcessBuilder(command).start();
        registry.add(process.toHandle());
        ProgramProcess node = new ProgramProcess(id, process);
        daemon(id + "-stdout", () -> node.readLines(process.getInputStream(), loop, onStdout));
        daemon(id + "-stderr", () -> node.readLines(process.getErrorStream(), loop, onStderr));
        daemon(id + "-stdin", node::writeLines);
        process.onExit().thenRun(() -> loop.post(onExit));
        return node;
    }

    /** Queues {@code line} for the node's stdin; it is dropped if this life has ended. */
    void send(String line) {
        toStdin.add(line);
    }

    int exitCode() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, at once, to the node and anything it started; waits briefly for the OS to reap it. */
    void kill() {
        ProcessRegistry.kill(process.toHandle());
        toStdin.add(END);
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends {@code SIGSTOP} or {@code SIGCONT}; Java has no API for them, {@code kill(1)} does. */
    void signal(String signal) {
        Signals.send(process, signal);
    }

    private void readLines(InputStream stream, RealTimeLoop loop, Consumer<String> onLine) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String read = line;
                loop.post(() -> onLine.accept(read));
            }
        } catch (IOException e) {
            // the process died mid-line: what it printed before is all there is
        }
    }

    private void writeLines() {
        try (BufferedWriter stdin = new BufferedWriter(
                new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8))) {
            String line;
            // identity, not equality: only the END object itself ends the queue, whatever a node is sent
            while ((line = toStdin.take()) != END) {
                stdin.write(line);
                stdin.newLine();
                if (toStdin.isEmpty()) {
                    stdin.flush();
                }
            }
        } catch (IOException e) {
            // the node is gone; messages to it are lost, as on a real network
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, "maelstrom-" + name);
        thread.setDaemon(true);
        thread.start();
    }
}
