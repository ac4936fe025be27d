package io.faultline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    Path dir;

    private String report(String value) throws IOException {
        RunFixture.write(dir, "raft-register-partition", value);
        return Files.readString(HtmlReport.write(dir));
    }

    @Test
    void theClockIsTheOneTestJsonRecordsAndARunStoredWithoutOneGetsItFromItsRuntime() throws IOException {
        assertThat(report("0")).as("stored before the clock was recorded: runtime sim").contains(" of virtual time");

        Path spec = dir.resolve("test.json");
        Files.writeString(spec, Files.readString(spec).replace("\"runtime\": \"sim\",",
                "\"runtime\": \"sim\", \"clock\": \"wall\","));
        String page = Files.readString(HtmlReport.write(dir));
        assertThat(page).doesNotContain(" of virtual time").contains(" in the simulator only");
    }

    @Test
    void theVerdictLinksToTheCounterexampleWhoseCallsAreOutlinedOnBothTimelines() throws IOException {
        String page = report("0");

        assertThat(page).contains("<span class=\"pill invalid\">invalid</span>")
                .contains("href=\"#counterexample\"").contains("<section id=\"counterexample\">");
        // the three counterexample calls, in the close-up and on the whole-run timeline
        assertThat(count(page, "<g class=\"op [a-z]+ f-[a-z]+ cx[^\"]*\" data-line=\"(0|2|6)\"")).isEqualTo(6);
        assertThat(count(page, "class=\"op ok f-read cx cannot[^\"]*\" data-line=\"6\"")).isEqualTo(2);
        assertThat(page).contains("cannot be placed").contains(">1. write(0) ok</text>");
    }

    @Test
    void everyCheckerItsAnomaliesWithTheirLinesAndTheRunsParametersSeedCommitAndReplayAreOnThePage()
            throws IOException {
        String page = report("0");

        assertThat(page).contains(">linearizable</td>").contains(">eventual</td>")
                .contains("<span class=\"pill valid\">valid</span>")
                .contains("data-lines=\"0 2 6 7\">lines 0–7</a>")
                .contains("seed <b>42</b>").contains("abc123def456")
                .contains("<pre id=\"reproduce\">./faultline run --system raft --seed 42</pre>")
                .contains("<dt>bugs</dt><dd>stale-follower-reads</dd>")
                .contains("<a href=\"logs/sim.log\">logs/sim.log</a>");
    }

    @Test
    void outcomesAndFaultsAreDrawnAndThePercentilesCountEveryOutcome() throws IOException {
        String page = report("0");

        assertThat(page).contains("class=\"op unknown f-write").contains("class=\"op fail f-cas")
                .contains("<g class=\"fault net\"><title>start-partition isolate n1")
                .contains("<tr><td>write</td><td>3</td><td>2</td><td>0</td><td>1</td>");
    }

    @Test
    void userDataIsEscapedAndThePageFetchesNothing() throws IOException {
        String page = report("<script>alert(1)</script>");

        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("@import")
                .doesNotContain("url(http");
        assertThat(count(page, "<script>")).isEqualTo(1);
    }

    @Test
    void theSameFilesGiveTheSamePageByteForByte() throws IOException {
        String first = report("0");
        assertThat(Files.readString(HtmlReport.write(dir))).isEqualTo(first);
    }

    @Test
    void aLargeHistoryIsCappedAndThePageSaysSo() throws IOException {
        RunFixture.writeLarge(dir, 20_000, 8);
        long start = System.nanoTime();
        String page = Files.readString(HtmlReport.write(dir));
        long millis = (System.nanoTime() - start) / 1_000_000;

        ReportLimits limits = ReportLimits.defaults();
        assertThat(count(page, "<g class=\"op ")).isEqualTo(limits.overviewCalls());
        assertThat(page).contains("Showing 2,000 of 20,000 calls").contains("Drawing every 5th call (4,000 points)");
        assertThat(page.length()).as("page size").isLessThan(2_000_000);
        System.out.printf("report of 20,000 calls: %,d bytes in %d ms%n", page.length(), millis);
    }

    @Test
    void aDirectoryThatIsNotARunIsNamedInTheError() {
        assertThatThrownBy(() -> HtmlReport.write(dir)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NoSuchFileException.class).hasMessageContaining("not a stored run");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
