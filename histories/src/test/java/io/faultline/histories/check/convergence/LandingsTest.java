package io.faultline.histories.check.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Call;
import io.faultline.histories.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LandingsTest {
    private static int ids;

    /** A read of {@code value} that ran from line {@code invoke} to line {@code complete}. */
    private static Call read(long value, long invoke, long complete) {
        return new Call(ids++, 9, "read", null, null, value, Outcome.OK, null, invoke, complete, invoke, complete,
                null);
    }

    private static Landings.Outcome order(List<List<Call>> groups, long... unknownValues) {
        List<Long> unknown = new ArrayList<>();
        for (long v : unknownValues) {
            unknown.add(v);
        }
        return Landings.order(groups, g -> unknown.contains((Long) g.get(0).output()));
    }

    @Test
    void aValueThatLandedWhileAnOverlappingReadRanFollowsIt() {
        // [27, 33] read 2 and [30, 31] read 3: 3 landed between 27 and 31, although its read returned first
        List<Call> twos = List.of(read(2, 27, 33));
        List<Call> threes = List.of(read(3, 30, 31), read(3, 34, 35));
        assertThat(order(List.of(threes, twos), 3)).isEqualTo(new Landings.Outcome.Order(List.of(twos, threes)));
    }

    @Test
    void aValueSeenAgainAfterItWasReplacedCannotBeExplained() {
        List<Call> ones = List.of(read(1, 0, 1), read(1, 6, 7));
        List<Call> twos = List.of(read(2, 3, 4));
        assertThat(order(List.of(ones, twos), 1, 2)).isInstanceOf(Landings.Outcome.Impossible.class);
    }

    @Test
    void onlyUnknownWritesMayLand() {
        List<Call> ones = List.of(read(1, 0, 1));
        List<Call> twos = List.of(read(2, 3, 4));
        assertThat(order(List.of(ones, twos))).isInstanceOf(Landings.Outcome.Impossible.class);
        assertThat(order(List.of(ones, twos), 2)).isInstanceOf(Landings.Outcome.Order.class);
        assertThat(order(List.of(twos, ones), 1)).isInstanceOf(Landings.Outcome.Impossible.class);
    }

    @Test
    void tooManyValuesAreNotSearched() {
        List<List<Call>> groups = new ArrayList<>();
        long[] unknown = new long[Landings.MAX_GROUPS + 1];
        for (int v = 0; v <= Landings.MAX_GROUPS; v++) {
            groups.add(List.of(read(v, 2L * v, 2L * v + 1)));
            unknown[v] = v;
        }
        assertThat(order(groups, unknown)).isInstanceOf(Landings.Outcome.TooMany.class);
    }
}
