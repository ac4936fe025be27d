package io.faultline.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A node server exited before printing {@code ready}; the message quotes the last line of its log. */
final class NodeStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean portTaken;

    private NodeStartException(String message, boolean portTaken) {
        super(message);
        this.portTaken = portTaken;
    }

    static NodeStartException of(String id, Process process, Path log) {
        String exit;
        try {
            exit = process.waitFor(5, TimeUnit.SECONDS) ? "exit " + process.exitValue() : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = "unknown exit";
        }
        String last = lastLine(log);
        return new NodeStartException("node " + id + " did not start (" + exit + "): " + last + " (log: " + log + ")",
                last.contains("cannot listen"));
    }

    /** Whether it failed because its port was taken while it was down: it may start on another. */
    boolean portTaken() {
        return portTaken;
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
            return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "no log";
        }
    }
}
