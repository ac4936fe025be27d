package io.faultline.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * Signals Java cannot send itself: {@code Process} knows only SIGTERM and SIGKILL, so SIGSTOP and SIGCONT go
 * through the {@code kill} program. Used by both process-based runtimes ({@code process}, {@code maelstrom}).
 */
public final class Signals {

    private Signals() {
    }

    /** Sends {@code SIG<name>} to {@code process}; fails loudly if {@code kill} refuses. */
    public static void send(Process process, String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                String output = new String(kill.getInputStream().readAllBytes()).strip();
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill -" + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending SIG" + name, e);
        }
    }
}
