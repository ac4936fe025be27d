package io.faultline.sim;

import io.faultline.node.Message;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The part of a simulation's trace worth keeping in {@code logs/}: faults, node log lines and dropped messages,
 * each stamped with virtual time. Deliveries and timers are left out because they are most of the events and
 * the seed replays them exactly; rerun the seed with a full {@link SimTrace} to see them.
 */
final class LogTrace implements SimTrace {

    private final Consumer<String> log;

    LogTrace(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void fault(long timeNanos, String description) {
        log.accept(stamp(timeNanos) + "fault    " + description);
    }

    @Override
    public void log(long timeNanos, String node, String line) {
        log.accept(stamp(timeNanos) + node + ": " + line);
    }

    @Override
    public void dropped(long timeNanos, String from, String to, Message body, String reason) {
        log.accept(stamp(timeNanos) + "dropped  " + from + "->" + to + " " + body.getClass().getSimpleName()
                + " (" + reason + ")");
    }

    /** Virtual milliseconds with microseconds, fixed width so that the columns line up. */
    private static String stamp(long timeNanos) {
        return String.format(Locale.ROOT, "%12.3f ms  ", timeNanos / 1e6);
    }
}
