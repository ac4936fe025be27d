package io.faultline.cli;

import java.util.Locale;
import java.util.Set;

/**
 * What a progress line says, from what the run has done so far: the phase, time elapsed and remaining in the run's
 * own clock (virtual under the simulator), ops completed, faults in force, and the wall-clock time it will likely
 * still take, estimated from the pace so far. Pure, so that it can be tested without a terminal.
 */
final class ProgressLine {
    private ProgressLine() {
    }

    /**
     * @param test          the test's name
     * @param elapsedNanos  run time since the main phase began
     * @param plannedNanos  the main phase plus the recovery spell
     * @param virtual       whether run time is virtual
     * @param completed     client ops completed so far
     * @param faults        the faults in force
     * @param wallNanos     wall-clock time since the run began
     */
    static String format(String test, long elapsedNanos, long plannedNanos, boolean virtual, long completed,
                         Set<String> faults, long wallNanos) {
        long elapsed = Math.max(0, elapsedNanos);
        String name = test.length() <= 32 ? test : test.substring(0, 31) + "…";
        String time = elapsed >= plannedNanos ? "final reads" : String.format(Locale.ROOT,
                "%.1f/%.1f s%s, %.1f s left", elapsed / 1e9, plannedNanos / 1e9, virtual ? " virtual" : "",
                (plannedNanos - elapsed) / 1e9);
        String wall = String.format(Locale.ROOT, "wall %.1f s", wallNanos / 1e9);
        if (virtual && elapsed > 0 && elapsed < plannedNanos) {
            double remainingWall = wallNanos * (double) (plannedNanos - elapsed) / elapsed;
            wall += String.format(Locale.ROOT, ", ~%.0f s to go", Math.ceil(remainingWall / 1e9));
        }
        return String.format(Locale.ROOT, "%s  %s · %,d ops · %s · %s", name, time, completed,
                faults.isEmpty() ? "no faults" : "faults: " + String.join(", ", faults), wall);
    }

    /** A line of a sweep of runs: how many are done, and how long the rest will likely take at this pace. */
    static String sweep(String what, int done, int total, long wallNanos) {
        String line = String.format(Locale.ROOT, "%s: %d of %d runs done · %.1f s", what, done, total, wallNanos / 1e9);
        if (done > 0 && done < total) {
            line += String.format(Locale.ROOT, ", ~%.0f s to go", Math.ceil(wallNanos / 1e9 * (total - done) / done));
        }
        return line;
    }
}
