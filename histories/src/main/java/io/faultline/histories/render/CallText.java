package io.faultline.histories.render;

import io.faultline.histories.Call;
import io.faultline.histories.Outcome;
import io.faultline.histories.model.Describe;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The few ways a call is written for people: its label, where it is in the history, and a tooltip. */
final class CallText {
    private CallText() {
    }

    /** {@code p3 write(1) ok}, bounded. */
    static String label(Call call, int maxChars) {
        return Text.bounded("p" + call.process() + " " + Describe.call(call), maxChars);
    }

    /** {@code write(1) ok} without the process, for a bar that already sits in the process's lane. */
    static String operation(Call call, int maxChars) {
        return Text.bounded(Describe.call(call), maxChars);
    }

    /** Where to find the call in the history file: {@code lines 14–19}, or how it never completed. */
    static String lines(Call call) {
        if (call.completeIndex() < 0) {
            return "invoked at line " + call.invokeIndex() + ", never completed";
        }
        String range = "lines " + call.invokeIndex() + "–" + call.completeIndex();
        return call.isUnknown() ? range + " (info: may take effect at any later time)" : range;
    }

    /** Everything known about one call, one fact per line, for a hover tooltip. */
    static String tooltip(Call call, int order, boolean unplaceable, int maxChars) {
        StringBuilder sb = new StringBuilder(label(call, maxChars)).append('\n').append(lines(call));
        if (call.node() != null) {
            sb.append("\nnode ").append(Text.bounded(call.node(), maxChars));
        }
        if (call.error() != null) {
            sb.append("\nerror: ").append(Text.bounded(call.error(), maxChars));
        }
        if (order > 0) {
            sb.append("\n#").append(order).append(" in the longest linearizable order");
        }
        if (unplaceable) {
            sb.append("\ncannot be placed after that order");
        }
        return sb.toString();
    }

    /** {@code 12 calls: 9 ok, 2 unknown, 1 fail}, or {@code 0 calls}. */
    static String counted(List<Call> calls) {
        String n = Text.plural(calls.size(), "call");
        return calls.isEmpty() ? n : n + ": " + outcomes(calls);
    }

    /** {@code 9 ok, 2 unknown, 1 fail}, in that order, leaving out the outcomes that do not occur. */
    static String outcomes(List<Call> calls) {
        long[] counts = new long[Outcome.values().length];
        calls.forEach(c -> counts[c.outcome().ordinal()]++);
        StringJoiner parts = new StringJoiner(", ");
        for (Outcome outcome : Outcome.values()) {
            if (counts[outcome.ordinal()] > 0) {
                parts.add(Text.count(counts[outcome.ordinal()]) + " " + outcome.name().toLowerCase(Locale.ROOT));
            }
        }
        return parts.toString();
    }
}
