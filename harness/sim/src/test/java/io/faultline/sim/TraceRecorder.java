package io.faultline.sim;

import io.faultline.node.Message;
import java.util.ArrayList;
import java.util.List;

/** Keeps every trace event as a line, to compare runs and to assert on what happened. */
final class TraceRecorder implements SimTrace {

    final List<String> lines = new ArrayList<>();

    @Override
    public void delivered(long timeNanos, String from, String to, Message body) {
        lines.add(timeNanos + " deliver " + from + "->" + to + " " + body);
    }

    @Override
    public void dropped(long timeNanos, String from, String to, Message body, String reason) {
        lines.add(timeNanos + " drop(" + reason + ") " + from + "->" + to + " " + body);
    }

    @Override
    public void timerFired(long timeNanos, String node, Object tag) {
        lines.add(timeNanos + " timer " + node + " " + tag);
    }

    @Override
    public void fault(long timeNanos, String description) {
        lines.add(timeNanos + " fault " + description);
    }

    @Override
    public void log(long timeNanos, String node, String line) {
        lines.add(timeNanos + " log " + node + " " + line);
    }

    long count(String fragment) {
        return lines.stream().filter(line -> line.contains(fragment)).count();
    }
}
