package io.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.runner.TestSpec;
import io.faultline.runtime.Clock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong wall = new AtomicLong();

    @Test
    void aLineSaysElapsedAndRemainingRunTimeOpsFaultsAndTheLikelyWallTimeLeft() {
        String line = ProgressLine.format("raft-register-partition", 4_000_000_000L, 12_000_000_000L, true, 213,
                Set.of("partition"), 2_000_000_000L);

        assertThat(line).isEqualTo("raft-register-partition  4.0/12.0 s virtual, 8.0 s left · 213 ops · faults: "
                + "partition · wall 2.0 s, ~4 s to go");
        assertThat(ProgressLine.sweep("demo", 3, 9, 6_000_000_000L)).isEqualTo("demo: 3 of 9 runs done · 6.0 s, ~12 s"
                + " to go");
    }

    @Test
    void progressRedrawsInPlaceAtMostFiveTimesASecondTracksFaultsAndErasesItselfAtTheEnd() {
        TerminalProgress progress = new TerminalProgress(stream, wall::get);
        progress.started(TestSpec.defaults().withTimeLimit(Duration.ofSeconds(10)), Clock.VIRTUAL, 0);
        progress.recorded(client(OpType.INVOKE, 1_000_000));
        progress.recorded(client(OpType.OK, 2_000_000));
        wall.set(100_000_000);
        progress.recorded(nemesis("start-partition", 3_000_000_000L));
        wall.set(300_000_000);
        progress.recorded(client(OpType.OK, 4_000_000_000L));

        String[] frames = bytes.toString(StandardCharsets.UTF_8).split("\r", -1);
        assertThat(frames).hasSize(3);
        assertThat(frames[1]).contains("0.0/12.0 s virtual").contains("0 ops");
        assertThat(frames[2]).contains("4.0/12.0 s virtual").contains("2 ops").contains("faults: partition");

        progress.recorded(nemesis("stop-partition", 5_000_000_000L));
        progress.checking(5);
        progress.finished(null);
        String all = bytes.toString(StandardCharsets.UTF_8);
        assertThat(all).contains("checking the history (5 checks)");
        String last = all.substring(all.lastIndexOf('\r', all.length() - 2) + 1, all.length() - 1);
        assertThat(last).isBlank();
    }

    private static Op client(OpType type, long time) {
        return new Op(0, time, type, 1, "read", null, null, null, null);
    }

    private static Op nemesis(String f, long time) {
        return new Op(0, time, OpType.INFO, Op.NEMESIS, f, null, "halves", null, null);
    }
}
