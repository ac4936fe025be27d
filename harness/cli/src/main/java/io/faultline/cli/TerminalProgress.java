package io.faultline.cli;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.runner.RunListener;
import io.faultline.runner.RunResult;
import io.faultline.runner.TestSpec;
import io.faultline.runtime.Clock;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One progress line for one run, redrawn in place at most five times a second and erased when the run is checked,
 * so that what remains on screen is the report alone. Use {@link #forTerminal} to get one only when a person is
 * watching; otherwise the run stays quiet.
 */
final class TerminalProgress implements RunListener {
    private static final long REDRAW_NANOS = 200_000_000;
    /** Longer lines would wrap on a narrow terminal, and a wrapped line cannot be redrawn in place. */
    static final int MAX_WIDTH = 120;

    private final PrintStream out;
    private final LongSupplier wallClock;
    private final long wallStart;
    private final Set<String> faults = new LinkedHashSet<>();
    private TestSpec spec;
    private Clock clock;
    private long startNanos;
    private long completed;
    private long lastDraw;
    private int drawnWidth;

    TerminalProgress(PrintStream out, LongSupplier wallClock) {
        this.out = out;
        this.wallClock = wallClock;
        this.wallStart = wallClock.getAsLong();
        this.lastDraw = wallStart - REDRAW_NANOS;
    }

    /** Progress on standard error when a person is at a terminal; {@link RunListener#NONE} otherwise. */
    static RunListener forTerminal() {
        return Terminal.interactive() ? new TerminalProgress(System.err, System::nanoTime) : RunListener.NONE;
    }

    @Override
    public void started(TestSpec test, Clock runClock, long loopStartNanos) {
        this.spec = test;
        this.clock = runClock;
        this.startNanos = loopStartNanos;
    }

    @Override
    public void recorded(Op op) {
        if (op.isNemesis()) {
            track(op);
        } else if (op.type() != OpType.INVOKE) {
            completed++;
        }
        long now = wallClock.getAsLong();
        if (spec != null && now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(ProgressLine.format(spec.testName(), op.time() - startNanos, planned(), clock == Clock.VIRTUAL,
                    completed, faults, now - wallStart));
        }
    }

    @Override
    public void checking(int checks) {
        draw((spec == null ? "run" : spec.testName()) + ": checking the history (" + checks + " checks)…");
    }

    @Override
    public void finished(RunResult result) {
        draw("");
    }

    /** A fault opens with start-X, kill or pause and closes with stop-X, start or resume. */
    private void track(Op op) {
        String f = op.f();
        if (f.startsWith("stop-")) {
            faults.remove(f.substring("stop-".length()));
        } else if (f.startsWith("start-")) {
            faults.add(f.substring("start-".length()));
        } else if (f.equals("kill") || f.equals("pause")) {
            faults.add(f);
        } else if (f.equals("start")) {
            faults.remove("kill");
        } else if (f.equals("resume")) {
            faults.remove("pause");
        }
    }

    private long planned() {
        return spec.timeLimit().toNanos() + spec.recoveryTime().toNanos();
    }

    /** Overwrites the line drawn before; the empty line erases it. */
    private void draw(String full) {
        String line = full.length() <= MAX_WIDTH ? full : full.substring(0, MAX_WIDTH - 1) + "…";
        String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
        out.print("\r" + padded + (line.isEmpty() ? "\r" : ""));
        out.flush();
        drawnWidth = line.length();
    }
}
