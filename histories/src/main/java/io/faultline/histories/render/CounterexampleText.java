package io.faultline.histories.render;

import io.faultline.histories.Call;
import io.faultline.histories.check.Counterexample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A counterexample as a few lines for a terminal: the key, the longest linearizable order as numbered calls, the
 * state after it, and the call that cannot be placed, marked with {@code ✗}.
 *
 * <p>Bounded whatever the input: at most {@value #MAX_PREFIX_LINES} lines of prefix (the middle of a longer one is
 * elided, keeping its end, which is where the failure is), and no line longer than {@value #MAX_LINE_CHARS}
 * characters. User values are flattened to one line, so they cannot inject newlines or terminal escapes.
 */
public final class CounterexampleText {
    static final int MAX_PREFIX_LINES = 30;
    static final int MAX_LINE_CHARS = 120;
    /** Lines kept from the start of an elided prefix: enough to see how it began. */
    private static final int HEAD_LINES = 5;

    private CounterexampleText() {
    }

    /** The counterexample as text, without knowing how many calls it was shrunk from. */
    public static String render(Counterexample cx) {
        return render(cx, -1);
    }

    /**
     * The counterexample as text, at most about 40 lines, ending with a newline.
     *
     * @param originalCallCount the partition's call count before shrinking, or -1 when unknown
     */
    public static String render(Counterexample cx, int originalCallCount) {
        return render(new CounterexampleIndex(cx), originalCallCount);
    }

    /** As {@link #render(Counterexample, int)}, reusing an index a caller already built. */
    static String render(CounterexampleIndex index, int originalCallCount) {
        Counterexample cx = index.counterexample();
        List<String> lines = new ArrayList<>();
        lines.add(headline(cx, originalCallCount));
        lines.addAll(prefixLines(index));
        lines.add("State after it: " + Text.bounded(cx.stateAfterPrefix(), MAX_LINE_CHARS));
        lines.addAll(unplaceableLines(index));
        return String.join("\n", lines) + "\n";
    }

    static String headline(Counterexample cx, int originalCallCount) {
        String shrunk = originalCallCount > cx.calls().size() ? " (shrunk from " + Text.count(originalCallCount) + ")"
                : cx.shrunk() ? " (shrunk)" : "";
        return "Not linearizable: key " + Text.key(cx.key(), 60) + ", " + Text.plural(cx.calls().size(), "call")
                + shrunk;
    }

    private static List<String> prefixLines(CounterexampleIndex index) {
        List<Integer> prefix = index.counterexample().longestPrefix();
        if (prefix.isEmpty()) {
            return List.of("Longest linearizable order: empty (no call can go first)");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Longest linearizable order, " + Text.plural(prefix.size(), "call") + ":");
        int width = String.valueOf(prefix.size()).length() + 2;
        if (prefix.size() <= MAX_PREFIX_LINES) {
            appendNumbered(lines, index, 0, prefix.size(), width);
            return lines;
        }
        int tailStart = prefix.size() - (MAX_PREFIX_LINES - HEAD_LINES - 1);
        appendNumbered(lines, index, 0, HEAD_LINES, width);
        lines.add(" ".repeat(width + 2) + "… " + Text.count(tailStart - HEAD_LINES) + " more …");
        appendNumbered(lines, index, tailStart, prefix.size(), width);
        return lines;
    }

    /** Prefix positions {@code from} (inclusive) to {@code to} (exclusive), numbered from 1. */
    private static void appendNumbered(List<String> lines, CounterexampleIndex index, int from, int to, int width) {
        List<Integer> prefix = index.counterexample().longestPrefix();
        for (int i = from; i < to; i++) {
            lines.add(numbered(index, prefix.get(i), i + 1, width));
        }
    }

    private static String numbered(CounterexampleIndex index, int callId, int position, int width) {
        Call call = index.call(callId);
        String text = call == null ? "call " + callId + " (not among the counterexample's calls)"
                : CallText.label(call, MAX_LINE_CHARS - width - 2);
        return String.format(Locale.ROOT, "%" + width + "d. %s", position, text);
    }

    private static List<String> unplaceableLines(CounterexampleIndex index) {
        Counterexample cx = index.counterexample();
        if (cx.unplaceable() < 0) {
            return List.of("No call was reported as unplaceable.");
        }
        Call call = index.unplaceable();
        String where = call == null ? "" : "  (" + CallText.lines(call) + ")";
        int unplaced = cx.calls().size() - cx.longestPrefix().size();
        return List.of("✗ Cannot be placed next: " + index.unplaceableText(MAX_LINE_CHARS) + where,
                "  " + Text.count(unplaced) + " of " + Text.plural(cx.calls().size(), "call")
                        + " are not in the order above, this one included.");
    }
}
