package io.faultline.histories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void controlCharactersAndLineSeparatorsAreEscaped() {
        assertThat(Excerpt.of("a\nb\rc\td\u0000e\u0085f\u2028g")).isEqualTo("a\\nb\\rc\\td\\u0000e\\u0085f\\u2028g");
        assertThat(Excerpt.of("é 日本 🙂")).isEqualTo("é 日本 🙂");
    }

    @Test
    void shortTextIsKeptWhole() {
        assertThat(Excerpt.of("x".repeat(60))).isEqualTo("x".repeat(60));
        assertThat(Excerpt.of("x".repeat(61))).isEqualTo("x".repeat(60) + "…");
    }

    /** Found by fuzzing: 60 NUL characters became 360 characters of escapes, a message too long to read. */
    @Test
    void theCutCountsEscapesAsWritten() {
        assertThat(Excerpt.of("\u0000".repeat(100))).isEqualTo("\\u0000".repeat(10) + "…");
        assertThat(Excerpt.of("ab\n".repeat(30), 7)).isEqualTo("ab\\nab…");
    }
}
