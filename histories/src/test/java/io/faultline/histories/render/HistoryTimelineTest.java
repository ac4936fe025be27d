package io.faultline.histories.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.Op;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTimelineTest {
    private static final String CALLS = "//g[contains(concat(' ', @class, ' '), ' call ')]";

    @Test
    void drawsEveryCallInItsProcessLaneAndTheFaultsBehindThem() throws Exception {
        Xml page = Xml.parsePage(HistoryTimeline.render("faults", Samples.withFaults(), RenderOptions.defaults()));

        assertThat(page.texts("//*[@class='lane-label']")).containsExactly("p0", "p1", "p2", "p3", "p4", "p5");
        assertThat(page.count(CALLS)).isEqualTo(9);
        assertThat(page.texts("//*[@class='band-label']")).containsExactly("start-partition majority", "kill n2",
                "bump-clock 250", "pause n3");
        assertThat(page.count("//rect[starts-with(@class,'band ')]")).isEqualTo(3);
        assertThat(page.count("//line[starts-with(@class,'instant ')]")).isEqualTo(1);
        assertThat(page.texts("//g[contains(@class,'band-mark')]/title")).contains("kill n2: lines 9–17",
                "pause n3: lines 23–end (never ended)");
        assertThat(page.count("//g[contains(@class,'placed') or contains(@class,'cannot')]")).isZero();
    }

    @Test
    void aWindowShowsOnlyTheCallsAndFaultsThatOverlapIt() throws Exception {
        Xml page = Xml.parsePage(HistoryTimeline.render("faults", Samples.withFaults(), 12, 16,
                RenderOptions.defaults()));

        assertThat(page.texts(CALLS + "/*[@class='op']")).containsExactly("write(4) ?", "read() → 2", "read() → 1");
        assertThat(page.texts("//*[@class='band-label']")).containsExactly("kill n2");
        assertThat(page.texts("//p[@class='verdict']")).singleElement().asString().contains("lines 12–16 of 24");
    }

    @Test
    void aLongHistoryIsCappedAndSaysWhatItLeftOut() throws Exception {
        History long_ = longHistory(50_000);

        String html = HistoryTimeline.render("long", long_, RenderOptions.defaults().withMaxCalls(300));

        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_000_000);
        Xml page = Xml.parsePage(html);
        assertThat(page.count(CALLS)).isEqualTo(300);
        assertThat(page.texts("//p[@class='notice']")).singleElement().asString()
                .startsWith("Showing 300 of 50,000 calls").contains("49,700 left out");
        assertThat(page.count("//*[@class='band-label']")).isBetween(1, 300);
    }

    @Test
    void escapesValuesAndTheSource(@TempDir Path dir) throws Exception {
        String evil = "<script>x</script>";
        History h = History.of(evil, List.of(Op.invoke(0, "write", evil, evil), Op.ok(0, "write", evil, evil),
                Samples.nemesis("kill", evil)));
        Path file = dir.resolve("h.html");

        HistoryTimeline.write(file, evil, h, 0, 10, RenderOptions.defaults());

        String html = Files.readString(file);
        assertThat(html).doesNotContain(evil).contains("&lt;script&gt;x&lt;/script&gt;");
        assertThat(Xml.parsePage(html).texts("//*[@class='band-label']")).containsExactly("kill " + evil);
    }

    @Test
    void anEmptyHistoryIsStillAPage() throws Exception {
        Xml page = Xml.parsePage(HistoryTimeline.render("empty", History.of(List.of()), RenderOptions.defaults()));

        assertThat(page.texts("//p[@class='verdict']")).containsExactly(
                "history · no lines of 0 · 0 calls drawn · 0 nemesis events");
        assertThat(page.count(CALLS)).isZero();
    }

    /** Three clients writing in turn, with a partition every thousand lines. */
    private static History longHistory(int calls) {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            if (i % 500 == 0) {
                ops.add(Samples.nemesis(i % 1000 == 0 ? "start-partition" : "stop-partition", null));
            }
            ops.add(Op.invoke(i % 3, "write", null, (long) i));
            ops.add(Op.ok(i % 3, "write", null, (long) i));
        }
        return History.of("long.jsonl", ops);
    }
}
