package io.faultline.histories.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Call;
import io.faultline.histories.Outcome;
import io.faultline.histories.check.Counterexample;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterexampleTextTest {

    @Test
    void showsTheKeyTheNumberedOrderTheStateAndTheCallThatCannotBePlaced() {
        String text = CounterexampleText.render(Samples.staleRead(), 340);

        assertThat(text).isEqualTo("""
                Not linearizable: key "x", 9 calls (shrunk from 340)
                Longest linearizable order, 4 calls:
                  1. p0 write(1) ok
                  2. p1 read() → 1
                  3. p2 write(2) ok
                  4. p0 read() → 2
                State after it: 2
                ✗ Cannot be placed next: p1 read() → 1  (lines 12–13)
                  5 of 9 calls are not in the order above, this one included.
                """);
    }

    @Test
    void saysShrunkWithoutACountWhenOnlyTheFlagIsKnown() {
        Counterexample cx = Samples.staleRead();
        Counterexample shrunk = new Counterexample(cx.key(), cx.calls(), cx.longestPrefix(), cx.stateAfterPrefix(),
                cx.unplaceable(), cx.unplaceableText(), true);

        assertThat(CounterexampleText.render(shrunk)).startsWith("Not linearizable: key \"x\", 9 calls (shrunk)\n");
    }

    @Test
    void elidesTheMiddleOfALongOrderAndKeepsItsEnd() {
        String text = CounterexampleText.render(Samples.big(10_000, 5));

        assertThat(text.lines()).hasSizeLessThanOrEqualTo(40);
        assertThat(text).contains("     1. p0 write(0) ok", "… 4,971 more …", "  5000. ",
                "✗ Cannot be placed next: ");
        assertThat(text).doesNotContain("  4976. ").contains("  4977. ");
    }

    @Test
    void flattensValuesSoTheyCannotAddLinesOrEscapeSequences() {
        String hostile = "a\nb\u001b[2Jc";
        Call write = Samples.call(0, 0, "write", hostile, null, Outcome.OK, 0, 1);
        Counterexample cx = new Counterexample("k\n", List.of(write), List.of(0), hostile, -1, null, false);

        String text = CounterexampleText.render(cx);

        assertThat(text.lines()).hasSize(5);
        assertThat(text).doesNotContain("\u001b").contains("write(\"a\\nb\\u001b[2Jc\") ok", "key \"k\\n\"");
    }

    @Test
    void boundsVeryLongValues() {
        String huge = "v".repeat(10_000);
        Call write = Samples.call(0, 0, "write", huge, null, Outcome.OK, 0, 1);
        Counterexample cx = new Counterexample("k", List.of(write), List.of(), huge, 0, null, false);

        String text = CounterexampleText.render(cx);

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
        assertThat(text).contains("Longest linearizable order: empty (no call can go first)", "…");
    }

    @Test
    void saysSoWhenNoCallIsUnplaceable() {
        Counterexample cx = Samples.staleRead();
        Counterexample none = new Counterexample(cx.key(), cx.calls(), cx.longestPrefix(), "2", -1, null, false);

        assertThat(CounterexampleText.render(none))
                .endsWith("State after it: 2\nNo call was reported as unplaceable.\n");
    }
}
