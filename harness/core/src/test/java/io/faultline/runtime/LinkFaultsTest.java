package io.faultline.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The slow and flaky links the real-time nets share: validated, per direction, forgotten together. */
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
    void badValuesAreRejectedAndLeaveNothingRecorded() {
        assertThatThrownBy(() -> faults.slow(ab, -1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> faults.flaky(ab, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> faults.flaky(ab, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(faults.clear()).isEmpty();
    }
}
