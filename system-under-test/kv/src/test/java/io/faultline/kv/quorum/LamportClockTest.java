package io.faultline.kv.quorum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LamportClockTest {

    @Test
    @DisplayName("Lamport: a write stamped after observing another is newer than it")
    void observedTimestampsAreOvertaken() {
        LamportClock clock = new LamportClock();
        Timestamp seen = new Timestamp(41, "n9");
        clock.observe(seen);
        assertThat(clock.stamp("n1").isNewerThan(seen)).isTrue();
    }

    @Test
    @DisplayName("equal counters are ordered by node id, so two writes never tie")
    void nodeIdBreaksTies() {
        assertThat(new Timestamp(3, "n2").isNewerThan(new Timestamp(3, "n1"))).isTrue();
        assertThat(new Timestamp(3, "n1").compareTo(new Timestamp(3, "n1"))).isZero();
        assertThat(Versioned.newest(new Versioned(1L, new Timestamp(2, "a")), new Versioned(2L, new Timestamp(1, "z"))).value())
                .isEqualTo(1L);
    }

    @Test
    void clockNeverGoesBackwards() {
        LamportClock clock = new LamportClock();
        clock.stamp("n1");
        clock.observe(new Timestamp(0, "n2"));
        assertThat(clock.stamp("n1").counter()).isEqualTo(2);
    }
}
