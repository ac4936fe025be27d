package io.faultline.server;

import java.io.PrintStream;
import java.time.Instant;

/** Timestamped lines on stderr (stdout carries only {@code ready}, or the protocol in stdio mode). */
public final class Log {

    private final PrintStream out;

    public Log(PrintStream out) {
        this.out = out;
    }

    public static Log stderr() {
        return new Log(System.err);
    }

    void info(String line) {
        out.println(Instant.now() + " " + line);
    }

    void warn(String line) {
        out.println(Instant.now() + " WARN " + line);
    }

    void error(String line, Throwable e) {
        synchronized (out) {
            out.println(Instant.now() + " ERROR " + line);
            e.printStackTrace(out);
        }
    }
}
