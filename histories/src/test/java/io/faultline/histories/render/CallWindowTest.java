package io.faultline.histories.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Call;
import io.faultline.histories.Outcome;
import io.faultline.histories.check.Counterexample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallWindowTest {

    @Test
    void drawsEverythingWhenItFits() {
        CallWindow window = CallWindow.around(new CounterexampleIndex(Samples.staleRead()), 9);

        assertThat(window.drawn()).extracting(Call::id).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(window.leftOut()).isZero();
    }

    @Test
    void keepsTheUnplaceableCallTheEndOfThePrefixAndItsNeighboursWithinTheCap() {
        Counterexample big = Samples.big(10_000, 4);

        CallWindow window = CallWindow.around(new CounterexampleIndex(big), 80);

        assertThat(window.drawn()).hasSize(80);
        assertThat(window.leftOut()).isEqualTo(10_000 - 80);
        assertThat(window.drawn()).extracting(Call::id).contains(5_000, 4_999, 4_990, 5_001)
                .isSorted().allSatisfy(id -> assertThat(id).isBetween(4_900, 5_100));
    }

    @Test
    void takesTheEndOfAFarAwayPrefix() {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            calls.add(Samples.call(i, i % 3, "read", null, 0L, Outcome.OK, 2L * i, 2L * i + 1));
        }
        Counterexample cx = new Counterexample("k", calls, List.of(0, 1, 2), "0", 900, null, false);

        CallWindow window = CallWindow.around(new CounterexampleIndex(cx), 40);

        assertThat(window.drawn()).extracting(Call::id).contains(0, 1, 2, 900).hasSize(40);
    }

    @Test
    void takesCallsStillRunningWhenTheUnplaceableOneBeganButNotOldUnknownOnes() {
        List<Call> calls = new ArrayList<>();
        calls.add(Samples.call(0, 100, "write", 7L, null, Outcome.OK, 0, 5_000));
        calls.add(Samples.call(1, 101, "write", 8L, null, Outcome.UNKNOWN, 1, -1));
        for (int i = 2; i < 1_000; i++) {
            calls.add(Samples.call(i, i % 3, "read", null, 0L, Outcome.OK, 2L * i, 2L * i + 1));
        }
        Counterexample cx = new Counterexample("k", calls, List.of(), "0", 900, null, false);

        CallWindow window = CallWindow.around(new CounterexampleIndex(cx), 40);

        assertThat(window.drawn()).extracting(Call::id).contains(0, 900).doesNotContain(1);
    }

    @Test
    void aHistoryWindowTakesCallsInvokedInItThenCallsStillRunningFromBefore() {
        List<Call> calls = Samples.staleReadHistory().calls();

        CallWindow window = CallWindow.overlapping(calls, 9, 13, 10);

        assertThat(window.drawn()).extracting(Call::id).containsExactly(4, 5, 6);
        assertThat(window.leftOut()).isZero();
        CallWindow capped = CallWindow.overlapping(calls, 0, 17, 4);
        assertThat(capped.drawn()).extracting(Call::id).containsExactly(0, 1, 2, 3);
        assertThat(capped.leftOut()).isEqualTo(5);
    }

    @Test
    void aHistoryWindowLeavesOutCallsThatEndedInInfoBeforeIt() {
        List<Call> calls = Samples.staleReadHistory().calls();

        CallWindow window = CallWindow.overlapping(calls, 11, 13, 10);

        assertThat(window.drawn()).extracting(Call::id).containsExactly(5, 6);
    }
}
