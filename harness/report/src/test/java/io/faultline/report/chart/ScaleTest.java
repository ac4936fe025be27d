package io.faultline.report.chart;

import io.faultline.histories.render.Svg;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleTest {
    @Test
    void linearScalesMapEndsToEndsClampOutsideAndTickAtRoundValues() {
        Scale x = Scale.linear(0, 10e9, 100, 1100);

        assertThat(x.at(0)).isEqualTo(100);
        assertThat(x.at(5e9)).isEqualTo(600);
        assertThat(x.at(-1)).isEqualTo(100);
        assertThat(x.at(20e9)).isEqualTo(1100);
        assertThat(x.ticks(5)).containsExactly(0.0, 2e9, 4e9, 6e9, 8e9, 10e9);
    }

    @Test
    void logScalesSpanWholeDecadesAndTickAtPowersOfTen() {
        Scale y = Scale.log(2e6, 3e8, 300, 0);

        assertThat(y.domainFrom()).isEqualTo(1e6);
        assertThat(y.domainTo()).isEqualTo(1e9);
        assertThat(y.at(1e6)).isEqualTo(300);
        assertThat(y.at(1e9)).isEqualTo(0);
        assertThat(y.ticks(6)).containsExactly(1e6, 1e7, 1e8, 1e9);
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Scale.niceStep(0.13)).isEqualTo(0.2);
        assertThat(Scale.niceStep(3)).isEqualTo(5);
        assertThat(Scale.niceStep(7_000)).isEqualTo(10_000);
    }

    @Test
    void svgTextIsEscaped() {
        StringBuilder out = new StringBuilder();
        Svg.text(out, "c", 1, 2, "<a href=\"x\">&'");
        assertThat(out.toString()).contains("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }
}
