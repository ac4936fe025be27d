package io.faultline.histories.render;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Any stretch of a {@link History} as a self-contained HTML page: the same lanes and bars as a counterexample's
 * {@link TimelineHtml}, with the nemesis's faults (partitions, kills, pauses …) shaded behind the calls, so that a
 * run report can show what the clients saw while each fault was in force.
 *
 * <p>Bounded the same way: at most {@link RenderOptions#maxCalls()} calls are drawn, first those invoked in the
 * requested lines, then those still running from before; the header says how many were left out.
 */
public final class HistoryTimeline {
    private HistoryTimeline() {
    }

    /** The whole history (its first {@link RenderOptions#maxCalls()} calls when it has more). */
    public static String render(String title, History history, RenderOptions options) {
        return render(title, history, 0, Math.max(0, history.size() - 1L), options);
    }

    /** The calls and faults that overlap history lines {@code fromLine..toLine} (inclusive). */
    public static String render(String title, History history, long fromLine, long toLine, RenderOptions options) {
        CallWindow window = CallWindow.overlapping(history.calls(), fromLine, toLine, options.maxCalls());
        long shownTo = window.leftOut() > 0 && !window.drawn().isEmpty() ? lastInvoke(window.drawn()) : toLine;
        List<Band> bands = NemesisBands.of(history.faultOps(), options.maxTextChars()).stream()
                .filter(b -> b.overlaps(fromLine, shownTo)).toList();
        long[] leftOut = TimelineHtml.leftOutInvokes(history.calls(), window);
        Timeline timeline = new Timeline(window.drawn(), id -> 0, -1, bands, leftOut);
        String header = header(title, history, fromLine, toLine, window, bands.size());
        String body = HtmlPage.frame(TimelineSvg.draw(timeline, options), false);
        return HtmlPage.page(title, header, body);
    }

    /** Writes {@link #render(String, History, long, long, RenderOptions)} to {@code file} in UTF-8. */
    public static Path write(Path file, String title, History history, long fromLine, long toLine,
                             RenderOptions options) throws IOException {
        return HtmlPage.write(file, render(title, history, fromLine, toLine, options));
    }

    private static String header(String title, History history, long fromLine, long toLine, CallWindow window,
                                 int faults) {
        List<Call> drawn = window.drawn();
        String summary = "<p class=\"verdict\">" + Markup.escape(Text.bounded(history.source(), 160)) + " · "
                + lineRange(history, fromLine, toLine) + " · " + Markup.escape(drawnSummary(drawn)) + " · "
                + Text.plural(faults, "nemesis event") + "</p>\n";
        String notice = window.leftOut() == 0 ? "" : HtmlPage.notice("Showing " + Text.count(drawn.size()) + " of "
                + Text.plural(drawn.size() + (long) window.leftOut(), "call") + " in these lines, up to line "
                + lastInvoke(drawn) + ". " + Text.count(window.leftOut()) + " left out: render a narrower "
                + "range of lines to see them.");
        return "<h1>" + Markup.escape(title) + "</h1>\n" + summary + notice + HtmlPage.legend(false, faults > 0);
    }

    private static String lineRange(History history, long fromLine, long toLine) {
        long lastLine = Math.min(toLine, history.size() - 1L);
        String of = " of " + Text.count(history.size());
        return lastLine < fromLine ? "no lines" + of : "lines " + fromLine + "–" + lastLine + of;
    }

    private static String drawnSummary(List<Call> drawn) {
        String calls = Text.plural(drawn.size(), "call") + " drawn";
        return drawn.isEmpty() ? calls : calls + " (" + CallText.outcomes(drawn) + ")";
    }

    private static long lastInvoke(List<Call> sortedCalls) {
        return sortedCalls.isEmpty() ? -1 : sortedCalls.get(sortedCalls.size() - 1).invokeIndex();
    }
}
