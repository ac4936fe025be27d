package io.faultline.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.experiment.Plot.Point;
import io.faultline.experiment.Plot.Series;
import io.faultline.experiment.Plot.Style;
import io.faultline.experiment.Plot.Tick;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportFilesTest {

    @TempDir
    Path folder;

    private static ExperimentReport report() {
        Table table = Table.of("x", "y").withRow(1, Table.fixed(0.5, 2)).withRow(2, Table.fixed(1.25, 2));
        Plot plot = new Plot("a <title> & more", "x", "y", List.of(new Tick(1, "1"), new Tick(2, "2")), List.of(
                new Series("measured", List.of(new Point(1, 0.5), new Point(2, 1.25)), Style.MEASURED),
                new Series("paper", List.of(new Point(1, 0.5), new Point(2, 1)), Style.REFERENCE),
                new Series("quoted", List.of(new Point(2, 1.1)), Style.PAPER_POINTS)));
        return new ExperimentReport("demo", table, plot, List.of("a note"));
    }

    @Test
    void writesAParseableCsvATextTableAndAWellFormedSelfContainedSvg() throws Exception {
        List<Path> files = ReportFiles.write(report(), folder);

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("demo.csv", "demo.svg", "demo.txt");
        assertThat(Csv.parse(Files.readString(folder.resolve("demo.csv"))))
                .containsExactly(Map.of("x", 1.0, "y", 0.5), Map.of("x", 2.0, "y", 1.25));
        String svg = Files.readString(folder.resolve("demo.svg"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("polyline").getLength()).as("one line per non-point series").isEqualTo(2);
        assertThat(doc.getElementsByTagName("circle").getLength()).as("a dot per measured point").isEqualTo(2);
        assertThat(svg).contains("a &lt;title&gt; &amp; more").doesNotContain("href").doesNotContain("<script");
        assertThat(Files.readString(folder.resolve("demo.txt"))).contains("x     y").contains("a note");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(SvgPlot.render(report().plot())).isEqualTo(SvgPlot.render(report().plot()));
        assertThat(report().table().csv()).isEqualTo("x,y\n1,0.50\n2,1.25\n");
    }

    @Test
    void aRowThatDoesNotMatchTheColumnsIsRefused() {
        assertThatThrownBy(() -> Table.of("a", "b").withRow(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theYAxisEndsAtARoundNumberWithAtMostSixRoundSteps() {
        assertThat(SvgPlot.yAxis(11)).containsExactly(12, 2);
        assertThat(SvgPlot.yAxis(7.3)).containsExactly(8, 2);
        assertThat(SvgPlot.yAxis(0.51)).containsExactly(0.6, 0.1);
        assertThat(SvgPlot.yAxis(470)).containsExactly(500, 100);
        assertThat(SvgPlot.yAxis(995.8)).containsExactly(1000, 200);
        assertThat(SvgPlot.yAxis(0.5)).containsExactly(0.5, 0.1);
        assertThat(SvgPlot.yAxis(4.8)).containsExactly(5, 1);
    }

    @Test
    void percentilesAreNearestRank() {
        Distribution d = Distribution.of(new long[] {5, 1, 4, 2, 3, 6, 7, 8, 9, 10});
        assertThat(d.percentile(1)).isEqualTo(1);
        assertThat(d.percentile(99)).isEqualTo(10);
        assertThat(d.percentile(50)).isEqualTo(5);
        assertThat(d.mean()).isEqualTo(5.5);
        assertThat(d.max()).isEqualTo(10);
    }
}
