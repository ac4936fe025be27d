package io.faultline.runner;

import io.faultline.histories.History;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Counterexample;
import io.faultline.histories.check.linear.LinearizabilityDetails;
import io.faultline.histories.render.HistoryTimeline;
import io.faultline.histories.render.RenderOptions;
import io.faultline.histories.render.TimelineHtml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The HTML pages of a stored run: the history's timeline, and a page per counterexample a checker found. */
final class Reports {

    private Reports() {
    }

    /** Writes {@code timeline.html}: the history's calls (the first ones when there are many) over the faults. */
    static Path writeTimeline(RunStore store, TestSpec spec, History history) {
        Path file = store.file("timeline.html");
        try {
            return HistoryTimeline.write(file, spec.testName() + " (seed " + spec.seed() + ")", history, 0,
                    Math.max(0, history.size() - 1L), RenderOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code counterexample-<checker>.html} for each result that carries a counterexample. */
    static List<Path> writeCounterexamples(RunStore store, TestSpec spec, List<CheckResult> results) {
        List<Path> pages = new ArrayList<>();
        for (CheckResult result : results) {
            Optional<Counterexample> cx = counterexampleOf(result);
            if (cx.isPresent()) {
                pages.add(write(store.file("counterexample-" + result.checker() + ".html"),
                        spec.testName() + ": counterexample to " + result.checker() + " (seed " + spec.seed() + ")", cx.get()));
            }
        }
        return pages;
    }

    private static Optional<Counterexample> counterexampleOf(CheckResult result) {
        if (result.details() instanceof LinearizabilityDetails details) {
            return Optional.ofNullable(details.counterexample());
        }
        return Optional.empty();
    }

    private static Path write(Path file, String title, Counterexample cx) {
        try {
            return TimelineHtml.write(file, title, cx, RenderOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
