package io.faultline.cli;

import io.faultline.runner.RunListener;
import io.faultline.runner.RunResult;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Progress of a sweep of runs made in parallel (the demo): one line, redrawn as each run finishes, with how many
 * are done and how long the rest will likely take; erased at the end. Runs report from their own threads.
 */
final class SweepProgress {
    private final String what;
    private final int total;
    private final PrintStream out;
    private final LongSupplier wallClock;
    private final long wallStart;
    private int done;
    private int drawnWidth;

    SweepProgress(String what, int total, PrintStream out, LongSupplier wallClock) {
        this.what = what;
        this.total = total;
        this.out = out;
        this.wallClock = wallClock;
        this.wallStart = wallClock.getAsLong();
    }

    /** A listener for each run of the sweep, drawing on standard error only when a person is at a terminal. */
    static RunListener listenerFor(SweepProgress progress) {
        if (progress == null) {
            return RunListener.NONE;
        }
        return new RunListener() {
            @Override
            public void finished(RunResult result) {
                progress.runFinished();
            }
        };
    }

    /** A sweep progress on standard error, or {@code null} when nobody is watching. */
    static SweepProgress forTerminal(String what, int total) {
        return Terminal.interactive() ? new SweepProgress(what, total, System.err, System::nanoTime) : null;
    }

    synchronized void start() {
        draw(ProgressLine.sweep(what, done, total, 0));
    }

    synchronized void runFinished() {
        done++;
        draw(done == total ? "" : ProgressLine.sweep(what, done, total, wallClock.getAsLong() - wallStart));
    }

    private void draw(String line) {
        String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
        out.print("\r" + padded + (line.isEmpty() ? "\r" : ""));
        out.flush();
        drawnWidth = line.length();
    }
}
