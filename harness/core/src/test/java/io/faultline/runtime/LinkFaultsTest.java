package io.faultline.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The slow, flaky and throttled links the real-time nets share: validated, per direction, forgotten together. */
class LinkFaultsTest {

    private final LinkFaults faults = new LinkFaults();
    private final Link ab = new Link("a", "b");

    @Test
    void slowAndFlakyAreKeptPerDirectedLinkWithoutReplacingEachOther() {
        faults.slow(ab, 10, 5);
        faults.flaky(ab, 0.25);

        assertThat(faults.delay(ab)).contains(new LinkFaults.Delay(10, 5));
        assertThat(faults.loss(ab)).isEqualTo(OptionalDouble.of(0.25));
        assertThat(faults.delay(ab.reversed())).isEmpty();
        assertThat(faults.loss(ab.reversed())).isEmpty();
    }

    @Test
    void clearForgetsEveryFaultyLinkAndNamesThemInOrder() {
        Link ca = new Link("c", "a");
        faults.flaky(ca, 0.5);
        faults.slow(ab, 1, 0);
        faults.flaky(ab, 0.1);

        assertThat(faults.clear()).containsExactly(ab, ca);
        assertThat(faults.delay(ab)).isEmpty();
        assertThat(faults.loss(ca)).isEmpty();
        assertThat(faults.clear()).isEmpty();
    }

    @Test
    void aThrottledLinkIsKeptAndClearedWithTheOthers() {
        Link ba = ab.reversed();
        faults.throttle(ba, 2048);

        assertThat(faults.bandwidth(ba)).isEqualTo(OptionalLong.of(2048));
        assertThat(faults.bandwidth(ab)).isEmpty();
        assertThat(faults.clear()).containsExactly(ba);
        assertThat(faults.bandwidth(ba)).isEmpty();
    }

    /** Ten 100-byte messages handed to a 1000 B/s link at once: each is out 0.1 s after the one before. */
    @Test
    void aThrottledWireSendsOneMessageAfterAnother() {
        long free = 0;
        for (int i = 1; i <= 10; i++) {
            free = Bandwidth.sentAt(free, 0, 100, 1000);
            assertThat(free).isEqualTo(i * 100_000_000L);
        }
        assertThat(Bandwidth.sentAt(free, 5_000_000_000L, 100, 1000)).as("an idle link starts now")
                .isEqualTo(5_100_000_000L);
    }

    @Test
    void badValuesAreRejectedAndLeaveNothingRecorded() {
        assertThatThrownBy(() -> faults.slow(ab, -1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> faults.flaky(ab, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> faults.flaky(ab, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.throttle(ab, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 byte/s");
        assertThat(faults.clear()).isEmpty();
    }
}
