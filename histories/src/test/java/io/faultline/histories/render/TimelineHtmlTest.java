package io.faultline.histories.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Counterexample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineHtmlTest {
    private static final String CALLS = "//g[contains(concat(' ', @class, ' '), ' call ')]";

    @Test
    void drawsOneLanePerProcessAndOneBarPerCall() throws Exception {
        Xml page = Xml.parsePage(TimelineHtml.render("stale read", Samples.staleRead(), RenderOptions.defaults()));

        assertThat(page.texts("//*[@class='lane-label']")).containsExactly("p0", "p1", "p2", "p3", "p4", "p5");
        assertThat(page.count(CALLS)).isEqualTo(9);
        assertThat(page.texts("//title")).first().isEqualTo("stale read");
    }

    @Test
    void numbersThePrefixAndOutlinesTheCallThatCannotBePlaced() throws Exception {
        Xml page = Xml.parsePage(TimelineHtml.render("stale read", Samples.staleRead(), RenderOptions.defaults()));

        String placed = "//g[contains(@class,'placed')]";
        assertThat(page.texts(placed + "/*[@class='num']")).containsExactly("1", "2", "3", "4");
        assertThat(page.texts(placed + "/*[@class='op']"))
                .containsExactly("write(1) ok", "read() → 1", "write(2) ok", "read() → 2");
        String cannot = "//g[contains(@class,'cannot')]";
        assertThat(page.count(cannot)).isEqualTo(1);
        assertThat(page.texts(cannot + "/*[@class='op']")).containsExactly("read() → 1");
        assertThat(page.texts(cannot + "/*[@class='cannot-label']")).containsExactly("cannot be placed");
        assertThat(page.texts(cannot + "/title")).singleElement().asString().startsWith("p1 read() → 1\nlines 12–13");
    }

    @Test
    void headerGivesKeyStateCountsAndTheUnplaceableCall() throws Exception {
        Xml page = Xml.parsePage(TimelineHtml.render("stale read", Samples.staleRead(), RenderOptions.defaults()));

        assertThat(page.texts("//p[@class='verdict']")).singleElement().asString()
                .contains("Not linearizable", "\"x\"", "9 calls: 7 ok, 1 fail, 1 unknown");
        assertThat(page.texts("//dl[@class='facts']/dd")).containsExactly("4 calls, numbered 1–4 on the bars", "2",
                "p1 read() → 1 lines 12–13");
        assertThat(page.count("//p[@class='notice']")).isZero();
    }

    @Test
    void drawsUnknownCallsToTheRightEdgeWithAQuestionMark() throws Exception {
        Xml page = Xml.parsePage(TimelineHtml.render("stale read", Samples.staleRead(), RenderOptions.defaults()));

        String unknown = "//g[contains(@class,'unknown')]";
        assertThat(page.count(unknown)).isEqualTo(1);
        assertThat(page.count(unknown + "/rect[@class='bar maybe']")).isEqualTo(1);
        assertThat(page.texts(unknown + "/*[@class='q']")).containsExactly("?");
    }

    @Test
    void escapesEveryUserValue() throws Exception {
        String html = TimelineHtml.render("<b>title</b> & \"more\"", Samples.hostile(), RenderOptions.defaults());

        assertThat(html).doesNotContain("<script>alert", "<b>")
                .contains("&lt;script&gt;alert(&quot;x&quot;)", "&#39;quoted&#39;");
        assertThat(html.split("<script>", -1)).as("only the page's own scrolling script").hasSize(2);
        Xml page = Xml.parsePage(html);
        assertThat(page.texts("//h1")).containsExactly("<b>title</b> & \"more\"");
        assertThat(page.texts("//g[contains(@class,'call')]/*[@class='op']"))
                .allSatisfy(op -> assertThat(op).contains("<script>"));
    }

    @Test
    void isSelfContained() {
        String html = TimelineHtml.render("t", Samples.staleRead(), RenderOptions.defaults());

        String withoutNamespaces = html.replace("http://www.w3.org/2000/svg", "")
                .replace("http://www.w3.org/1999/xhtml", "");
        assertThat(withoutNamespaces).doesNotContain("http:", "https:", " src=", " href=", "@import", "url(http");
    }

    @Test
    void aHundredThousandCallsDrawABoundedWindowAroundTheFailure() throws Exception {
        Counterexample big = Samples.big(100_000, 6);

        String html = TimelineHtml.render("big", big, RenderOptions.defaults());

        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_000_000);
        Xml page = Xml.parsePage(html);
        assertThat(page.count(CALLS)).isEqualTo(400);
        assertThat(page.texts("//p[@class='notice']")).singleElement().asString()
                .startsWith("Showing 400 of 100,000 calls").contains("99,600 left out");
        assertThat(page.count("//g[contains(@class,'cannot')]")).isEqualTo(1);
        assertThat(page.texts("//*[@class='num']")).contains("50000", "49999", "49990");
    }

    @Test
    void theCapIsAnOption() throws Exception {
        Counterexample big = Samples.big(5_000, 4);

        Xml page = Xml.parsePage(TimelineHtml.render("big", big, RenderOptions.defaults().withMaxCalls(50)));

        assertThat(page.count(CALLS)).isEqualTo(50);
        assertThat(page.texts("//p[@class='notice']")).singleElement().asString().contains("4,950 left out");
    }

    @Test
    void anEmptyCounterexampleIsStillAPage() throws Exception {
        Counterexample empty = new Counterexample(History.NO_KEY, List.of(), List.of(), "nil", -1, null, false);

        Xml page = Xml.parsePage(TimelineHtml.render("empty", empty, RenderOptions.defaults()));

        assertThat(page.texts("//dl[@class='facts']/dd")).containsExactly("empty: no call can go first", "nil",
                "none reported");
        assertThat(page.count(CALLS)).isZero();
    }

    @Test
    void writesTheFileCreatingItsDirectory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run/cx.html");

        TimelineHtml.write(file, "stale read", Samples.staleRead(), RenderOptions.defaults());

        assertThat(Files.readString(file)).isEqualTo(TimelineHtml.render("stale read", Samples.staleRead(),
                RenderOptions.defaults()));
    }
}
