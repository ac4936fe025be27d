package io.faultline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClockTest {

    @Test
    void aRecordedClockIsReadAsWritten() {
        for (Clock clock : Clock.values()) {
            assertThat(Clock.ofStored(clock.key(), "sim")).isEqualTo(clock);
        }
        assertThat(Clock.ofStored("wall", "sim")).as("the record wins over the name").isEqualTo(Clock.WALL);
    }

    @Test
    void aRunStoredBeforeTheClockWasRecordedGetsTheClockItsRuntimeHadThen() {
        assertThat(Clock.ofStored(null, "sim")).isEqualTo(Clock.VIRTUAL);
        assertThat(Clock.ofStored("", "process")).isEqualTo(Clock.WALL);
        assertThat(Clock.ofStored("", "maelstrom")).isEqualTo(Clock.WALL);
    }

    @Test
    void labelsAreWhatReportsPrintNextToATime() {
        assertThat(Clock.VIRTUAL.label()).isEqualTo("virtual");
        assertThat(Clock.WALL.label()).isEqualTo("wall-clock");
        assertThat(Clock.WALL.key()).isEqualTo("wall");
    }
}
