package io.faultline.histories.render;

import io.faultline.histories.Call;
import io.faultline.histories.check.Counterexample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A counterexample as one self-contained HTML page, after Porcupine's visualization: a lane per process, each call
 * a bar from its invocation to its completion, the longest linearizable order numbered on its calls, and the call
 * that cannot be placed outlined in red. A header gives the key, the state after the order and the counts.
 *
 * <p>Bounded whatever the input: at most {@link RenderOptions#maxCalls()} bars (a window around the call that
 * cannot be placed and the end of the order; the header says how many calls were left out), and user text cut to
 * {@link RenderOptions#maxTextChars()}. All user text is escaped; the page is well-formed XML after its doctype.
 */
public final class TimelineHtml {
    private TimelineHtml() {
    }

    /** The page, as a string. {@code title} is plain text (escaped here). */
    public static String render(String title, Counterexample cx, RenderOptions options) {
        CounterexampleIndex index = new CounterexampleIndex(cx);
        CallWindow window = CallWindow.around(index, options.maxCalls());
        Timeline timeline = new Timeline(window.drawn(), index::order, cx.unplaceable(), List.of(),
                leftOutInvokes(cx.calls(), window));
        String body = HtmlPage.frame(TimelineSvg.draw(timeline, options), true)
                + HtmlPage.textSection("As text", CounterexampleText.render(index, -1)) + HtmlPage.scrollToCannot();
        return HtmlPage.page(title, header(title, index, window, options), body);
    }

    /** Writes the page to {@code file} in UTF-8, creating its directory; returns {@code file}. */
    public static Path write(Path file, String title, Counterexample cx, RenderOptions options) throws IOException {
        return HtmlPage.write(file, render(title, cx, options));
    }

    private static String header(String title, CounterexampleIndex index, CallWindow window, RenderOptions options) {
        Counterexample cx = index.counterexample();
        int max = options.maxTextChars();
        String verdict = "<p class=\"verdict\"><strong>Not linearizable</strong> · key "
                + HtmlPage.code(Text.key(cx.key(), max)) + " · " + Markup.escape(CallText.counted(cx.calls()))
                + (cx.shrunk() ? " · shrunk" : "") + "</p>\n";
        String facts = HtmlPage.facts(
                "Longest linearizable order", Markup.escape(orderSummary(cx)),
                "State after it", HtmlPage.code(Text.bounded(cx.stateAfterPrefix(), max)),
                "Cannot be placed next", unplaceable(index, max));
        String notice = window.leftOut() == 0 ? "" : HtmlPage.notice(leftOutNotice(cx, window));
        return "<h1>" + Markup.escape(title) + "</h1>\n" + verdict + facts + notice + HtmlPage.legend(true, false);
    }

    private static String leftOutNotice(Counterexample cx, CallWindow window) {
        long firstDrawn = window.drawn().isEmpty() ? Long.MAX_VALUE : window.drawn().get(0).invokeIndex();
        long earlierUnknown = cx.calls().stream().filter(c -> c.isUnknown() && c.invokeIndex() < firstDrawn).count();
        String unknown = earlierUnknown == 0 ? "" : ", among them " + Text.plural(earlierUnknown, "unknown call")
                + " invoked earlier, which may take effect at any later time";
        return "Showing " + Text.count(window.drawn().size()) + " of " + Text.plural(cx.calls().size(), "call")
                + ": the call that cannot be placed, the end of the order and the calls around them. "
                + Text.count(window.leftOut()) + " left out" + unknown + " (⋯ marks where).";
    }

    private static String orderSummary(Counterexample cx) {
        int n = cx.longestPrefix().size();
        if (n <= 1) {
            return n == 0 ? "empty: no call can go first" : "1 call, numbered 1 on its bar";
        }
        return Text.plural(n, "call") + ", numbered 1–" + Text.count(n) + " on the bars";
    }

    private static String unplaceable(CounterexampleIndex index, int maxChars) {
        if (index.counterexample().unplaceable() < 0) {
            return "none reported";
        }
        Call call = index.unplaceable();
        String where = call == null ? "" : " " + Markup.escape(CallText.lines(call));
        return "<code class=\"cannot\">" + Markup.escape(index.unplaceableText(maxChars)) + "</code>" + where;
    }

    /** The sorted invocation lines of the calls not drawn, so the timeline can mark where they were. */
    static long[] leftOutInvokes(List<Call> calls, CallWindow window) {
        if (window.leftOut() == 0) {
            return new long[0];
        }
        Set<Integer> drawn = new HashSet<>();
        window.drawn().forEach(c -> drawn.add(c.id()));
        return calls.stream().filter(c -> !drawn.contains(c.id())).mapToLong(Call::invokeIndex).sorted().toArray();
    }
}
