package io.faultline.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareHtmlTest {

    @TempDir
    Path store;

    private String page() throws Exception {
        Path out = Files.createDirectories(store.resolve("compare/20260101T000000"));
        Files.createDirectories(store.resolve("quorum-register-none/1"));
        Files.writeString(store.resolve("quorum-register-none/1/counterexample-linearizable.html"), "x");
        Path file = CompareHtml.write(out.resolve("compare.html"), Cells.MATRIX, Cells.four(store),
                "./faultline compare --seed 3");
        return Files.readString(file);
    }

    @Test
    void thePageNeedsNoNetwork() throws Exception {
        String html = page();
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("@import")
                .contains("<style>").contains(".m-linearizable");
    }

    @Test
    void eachCellLinksIntoItsRunFolderRelativelyAndToItsCounterexample() throws Exception {
        String html = page();
        assertThat(html).contains("href=\"../../raft-register-none/1/report.html\"")
                .contains("href=\"../../raft-register-none/1/history.jsonl\"")
                .contains("href=\"../../raft-register-none/1/results.json\"")
                .contains("href=\"../../quorum-register-none/1/counterexample-linearizable.html\"")
                .doesNotContain("raft-register-none/1/counterexample");
    }

    @Test
    void theGridIsColoredByModelAndMarksUndecidedStrongerModels() throws Exception {
        String html = page();
        assertThat(html).contains("<td class=\"m-linearizable\" title=\"linearizable\"><a href=\"#cell-sim-raft-none\">")
                .contains("<td class=\"m-session undecided\"").contains("≥ session")
                .contains("<td class=\"m-missing\" title=\"not in the store\"")
                .contains("<span class=\"w\">not-linearizable ×1</span>, <span class=\"w\">stale-read ×6</span>, "
                        + "<span class=\"w\">session ×2</span>");
    }

    @Test
    void eachSystemsWorstCaseNamesTheWeakestModelAndTheFaultsThatBroughtItThere() throws Exception {
        String html = page();
        assertThat(html).contains("<td class=\"worst\"><span class=\"chip m-linearizable\">linearizable</span>"
                + "<span class=\"under\">under every fault</span>")
                .contains("<td class=\"worst\"><span class=\"chip m-session\">session</span>"
                        + "<span class=\"under\">under no faults</span>");
    }

    @Test
    void everyRowHasItsReplayCommandAndMessagesPerCallOrADash() throws Exception {
        String html = page();
        assertThat(html.replaceAll("</?span[^>]*>", ""))
                .contains("<code>./faultline run --system quorum --nemesis partition --seed 3</code>");
        assertThat(html).contains("<span class=\"w\">--seed</span> <span class=\"w\">3</span>")
                .contains("<td class=\"num\">14.0</td>").contains("this runtime cannot count messages");
    }

    @Test
    void theLegendExplainsEveryModelAndAnomalyKind() throws Exception {
        String html = page();
        Legend.MODELS.keySet().forEach(m -> assertThat(html).contains("<dt><span class=\"chip m-" + m + "\">"));
        Legend.ANOMALIES.keySet().forEach(k -> assertThat(html).contains("<dt><code>" + k + "</code></dt>"));
        assertThat(html.replaceAll("</?span[^>]*>", "")).contains("Made by <code>./faultline compare --seed 3</code>");
        assertThat(html).contains("register workload, 5 nodes, 30s per run at 50 ops/s, a fault every 5s, seed 3 — 4 runs"
                + " on sim (virtual time)");
    }

    @Test
    void textFromRunsIsEscaped() {
        assertThat(CompareMarkup.esc("<a href=\"x\">&")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;");
        assertThat(CompareMarkup.href(Path.of("/s/compare/1"), Path.of("/s/a b#c/1/report.html")))
                .isEqualTo("../../a%20b%23c/1/report.html");
    }
}
