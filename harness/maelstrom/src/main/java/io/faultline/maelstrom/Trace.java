package io.faultline.maelstrom;

import io.faultline.realtime.RealTimeLoop;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The runtime's log, {@code logs/maelstrom.log}: faults, node lifecycle, every node's stderr and dropped messages,
 * each stamped with the loop's time. Deliveries are left out: they are most of the traffic. Called on the loop only.
 */
final class Trace {

    private final RealTimeLoop loop;
    private final Consumer<String> log;

    Trace(RealTimeLoop loop, Consumer<String> log) {
        this.loop = loop;
        this.log = log;
    }

    void fault(String description) {
        log.accept(stamp() + "fault    " + description);
    }

    void event(String description) {
        log.accept(stamp() + "runtime  " + description);
    }

    void node(String node, String stderrLine) {
        log.accept(stamp() + node + ": " + stderrLine);
    }

    void dropped(Wire wire, String reason) {
        log.accept(stamp() + "dropped  " + wire.src() + "->" + wire.dest() + " " + wire.type() + " (" + reason + ")");
    }

    private String stamp() {
        return String.format(Locale.ROOT, "%12.3f ms  ", loop.now() / 1e6);
    }
}
