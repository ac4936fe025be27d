package io.faultline.histories.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AxisTest {
    private final long[] positions = Axis.distinct(LongStream.of(40, 10, -1, 20, 10, 1_000));
    private final Axis axis = new Axis(positions, 100, 10);

    @Test
    void givesEachDistinctPositionOneSlotAndIgnoresMissingLines() {
        assertThat(positions).containsExactly(10, 20, 40, 1_000);
        assertThat(axis.slots()).isEqualTo(4);
    }

    @Test
    void compressesTheGapsBetweenPositions() {
        assertThat(axis.startX(10)).isEqualTo(100);
        assertThat(axis.endX(10)).isEqualTo(110);
        assertThat(axis.startX(1_000)).isEqualTo(130);
        assertThat(axis.endX(1_000)).isEqualTo(140);
        assertThat(axis.rightEdgeX()).isEqualTo(155);
    }

    @Test
    void placesPositionsWithoutASlotOnTheBoundaryBeforeTheNextSlot() {
        assertThat(axis.startX(30)).isEqualTo(120);
        assertThat(axis.endX(30)).isEqualTo(120);
        assertThat(axis.startX(5)).isEqualTo(100);
        assertThat(axis.endX(5_000)).isEqualTo(140);
    }

    @Test
    void measuresSpansInSlots() {
        assertThat(Axis.span(positions, 10, 20)).isEqualTo(2);
        assertThat(Axis.span(positions, 10, 1_000)).isEqualTo(4);
        assertThat(axis.tickEvery(25)).isEqualTo(3);
    }

    @Test
    void countsLeftOutCallsStrictlyBetweenTwoLines() {
        long[] leftOut = {3, 11, 12, 19, 20, 25};
        assertThat(TimelineSvg.countBetween(leftOut, 10, 20)).isEqualTo(3);
        assertThat(TimelineSvg.countBetween(leftOut, 20, 40)).isEqualTo(1);
        assertThat(TimelineSvg.countBetween(leftOut, 40, 1_000)).isZero();
    }
}
