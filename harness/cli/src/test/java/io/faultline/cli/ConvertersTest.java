package io.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aBadDurationSaysHowToWriteOne() {
        assertThatThrownBy(() -> Durations.parse("thirty"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("like 30s");
    }

    @Test
    void sizesReadLikeXmx() {
        assertThat(ByteSizes.parse("512m")).isEqualTo(512L << 20);
        assertThat(ByteSizes.parse("2g")).isEqualTo(2L << 30);
        assertThat(ByteSizes.parse("1024")).isEqualTo(1024L);
        assertThatThrownBy(() -> ByteSizes.parse("lots")).hasMessageContaining("512m");
    }
}
