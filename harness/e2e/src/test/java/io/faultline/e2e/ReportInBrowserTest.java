package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.e2e.browser.Chromium;
import io.faultline.e2e.browser.DevTools;
import io.faultline.report.serve.StoreServer;
import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run report and the store server in a real browser (headless Chromium, driven over DevTools): a run with a
 * counterexample (raft with stale follower reads under partitions, seed 1, which KnownBugsTest also finds) is
 * listed by {@code serve}, its report loads without a single console error or blocked fetch (the server's
 * content security policy forbids any network access, so a report that needed one would fail here), the timeline
 * outlines the counterexample's calls, and the verdict's link highlights them. Screenshots of both pages are kept
 * under {@code target/screenshots/}. Skipped, with a message, when Chromium is missing; CI installs it.
 */
class ReportInBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int WIDTH = 1280;

    @TempDir
    Path store;

    /** The browser, or a skip with a message saying how to get one. */
    private static Path chromium() {
        Optional<Path> chromium = Chromium.find();
        if (chromium.isEmpty()) {
            System.err.println("ReportInBrowserTest skipped: no chromium on PATH (apt-get install chromium;"
                    + " .ci/run installs it)");
        }
        Assumptions.assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install chromium)");
        return chromium.get();
    }

    @Test
    void theErrorWatchSeesConsoleErrorsUncaughtExceptionsAndFetchesTheServerBlocks() throws Exception {
        Path chromium = chromium();
        Path dir = Files.createDirectories(store.resolve("t/20260101T000000.000"));
        Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"/>"
                + "</head><body><img src=\"http://127.0.0.1:9/x.png\"/><script>console.error('said so');"
                + "throw new Error('boom');</script></body></html>");
        try (StoreServer server = StoreServer.start(store, 0);
             Chromium browser = Chromium.start(chromium, WIDTH, 600);
             DevTools page = DevTools.attach(browser.devToolsPort())) {
            page.navigate(server.uri().resolve("/t/20260101T000000.000/bad.html").toString());
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (page.errors().size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(String.join("\n", page.errors())).contains("said so").contains("boom")
                    .contains("Content Security Policy");
        }
    }

    @Test
    void serveListsTheRunAndItsReportShowsTheHighlightedCounterexampleWithoutConsoleErrors() throws Exception {
        Path chromium = chromium();
        RunResult run = Runner.run(TestSpec.defaults().withSystem("raft").withBug("stale-follower-reads")
                .withNemeses("partition").withTimeLimit(Duration.ofSeconds(10)).withSeed(1).withStoreDir(store));
        assertThat(run.verdict().name()).isEqualTo("INVALID");

        try (StoreServer server = StoreServer.start(store, 0);
             Chromium browser = Chromium.start(chromium, WIDTH, 1000);
             DevTools page = DevTools.attach(browser.devToolsPort())) {
            page.navigate(server.uri().toString());
            assertThat(page.evaluate("document.querySelectorAll('tr.run').length").asInt()).isEqualTo(1);
            assertThat(page.evaluate("document.querySelector('tr.run .pill').textContent").asText())
                    .isEqualTo("invalid");
            page.screenshot(SCREENSHOTS.resolve("serve.png"), 0, WIDTH, 300);

            page.navigate(page.evaluate("document.querySelector('a.report').href").asText());
            assertThat(page.evaluate("document.body.dataset.ready").asText()).isEqualTo("true");
            int cxCalls = page.evaluate("document.querySelectorAll('.close-up .op.cx').length").asInt();
            assertThat(cxCalls).as("counterexample calls in the close-up").isGreaterThan(1);
            assertThat(page.evaluate("document.querySelectorAll('.overview .op.cx').length").asInt())
                    .as("the same calls outlined on the whole-run timeline").isEqualTo(cxCalls);
            assertThat(page.evaluate("document.querySelectorAll('.op.cannot').length").asInt())
                    .as("the call that cannot be placed, in both timelines").isEqualTo(2);

            page.screenshot(SCREENSHOTS.resolve("report.png"), 0, WIDTH, 1500);
            int charts = page.evaluate("document.getElementById('timeline').offsetTop - 16").asInt();
            page.screenshot(SCREENSHOTS.resolve("report-charts.png"), charts, WIDTH, 1250);

            page.evaluate("document.querySelector('a.lines[data-lines]').click()");
            assertThat(page.evaluate("document.querySelectorAll('.overview .op.hl').length").asInt())
                    .as("an anomaly's lines link highlights its calls").isPositive();

            page.evaluate("document.querySelector('header a.cx-link').click()");
            assertThat(page.evaluate("document.querySelectorAll('.op.cx.hl').length").asInt())
                    .as("the verdict's link highlights the counterexample").isEqualTo(2 * cxCalls);
            assertThat(page.evaluate("getComputedStyle(document.querySelector('.overview .op.cx.hl .bar')).stroke")
                    .asText()).isEqualTo("rgb(255, 140, 0)");
            page.screenshot(SCREENSHOTS.resolve("report-highlighted.png"), 0, WIDTH,
                    page.evaluate("document.documentElement.scrollHeight").asInt());

            assertThat(page.evaluate("document.body.dataset.jsErrors || ''").asText()).isEmpty();
            assertThat(page.errors()).as("console errors, exceptions and failed loads").isEmpty();
        }
    }
}
