package io.faultline.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real-time event loop keeps {@link io.faultline.runtime.EventLoop}'s contract on a wall clock. */
@Timeout(30)
class RealTimeLoopTest {

    private static final long MS = 1_000_000L;

    private final RealTimeLoop loop = new RealTimeLoop();
    private final List<String> ran = new ArrayList<>();

    @Test
    void runsDueActionsInTimeOrderThenSchedulingOrderAndLeavesLaterOnes() {
        loop.schedule(20 * MS, () -> ran.add("b"));
        loop.schedule(10 * MS, () -> ran.add("a"));
        loop.schedule(20 * MS, () -> ran.add("c"));
        loop.schedule(Duration.ofHours(1).toNanos(), () -> ran.add("later"));

        loop.runUntil(30 * MS);

        assertThat(ran).containsExactly("a", "b", "c");
        assertThat(loop.now()).isGreaterThanOrEqualTo(30 * MS);
    }

    @Test
    void nowStandsStillWhileAnActionRunsSoItCanScheduleForNow() {
        List<Long> seen = new ArrayList<>();
        loop.schedule(5 * MS, () -> {
            seen.add(loop.now());
            busyFor(Duration.ofMillis(20));
            seen.add(loop.now());
            loop.schedule(loop.now(), () -> ran.add("scheduled for now"));
        });

        loop.runUntil(40 * MS);

        assertThat(seen.get(1)).as("now() after 20 ms of work in one action").isEqualTo(seen.get(0));
        assertThat(ran).containsExactly("scheduled for now");
    }

    @Test
    void nowMovesOutsideActionsAndATimeBeforeItIsRejected() {
        long before = loop.now();
        busyFor(Duration.ofMillis(5));
        long after = loop.now();

        assertThat(after).isGreaterThanOrEqualTo(before + 5 * MS);
        assertThatThrownBy(() -> loop.schedule(after - 1, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before now");
    }

    @Test
    void postedWorkRunsOnTheLoopThreadAndWakesItBeforeItsDeadline() throws InterruptedException {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Thread other = Thread.ofVirtual().start(() -> {
            busyFor(Duration.ofMillis(50));
            loop.post(() -> ranOn.set(Thread.currentThread()));
        });

        boolean done = loop.runUntil(() -> ranOn.get() != null, Duration.ofSeconds(20).toNanos());

        other.join();
        assertThat(done).isTrue();
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
        assertThat(loop.now()).as("woken by the post, not by the deadline").isLessThan(Duration.ofSeconds(20).toNanos());
    }

    @Test
    void postedWorkRunsInArrivalOrder() {
        for (int i = 0; i < 1000; i++) {
            String name = Integer.toString(i);
            loop.post(() -> ran.add(name));
        }

        loop.runUntil(() -> ran.size() == 1000, Duration.ofSeconds(5).toNanos());

        assertThat(ran).isEqualTo(IntStream.range(0, 1000).mapToObj(Integer::toString).toList());
    }

    @Test
    void runUntilDoneReturnsFalseAtTheDeadlineAndLeavesLaterActionsQueued() {
        loop.schedule(200 * MS, () -> ran.add("after"));

        assertThat(loop.runUntil(() -> false, 20 * MS)).isFalse();
        assertThat(loop.now()).isGreaterThanOrEqualTo(20 * MS);
        assertThat(ran).isEmpty();

        loop.runUntil(250 * MS);
        assertThat(ran).containsExactly("after");
    }

    private static void busyFor(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
