package io.faultline.maelstrom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real-time event loop keeps {@link io.faultline.runtime.EventLoop}'s contract on a wall clock. */
@Timeout(30)
class RealTimeLoopTest {

    private static final long MILLIS = 1_000_000L;

    private final RealTimeLoop loop = new RealTimeLoop();
    private final List<String> fired = new ArrayList<>();

    @Test
    void actionsRunInTimeOrderThenSchedulingOrderAndOnlyThoseDue() {
        loop.schedule(20 * MILLIS, () -> fired.add("b"));
        loop.schedule(10 * MILLIS, () -> fired.add("a"));
        loop.schedule(20 * MILLIS, () -> fired.add("c"));
        loop.schedule(Duration.ofHours(1).toNanos(), () -> fired.add("later"));

        loop.runUntil(30 * MILLIS);

        assertThat(fired).containsExactly("a", "b", "c");
        assertThat(loop.now()).isGreaterThanOrEqualTo(30 * MILLIS);
    }

    @Test
    void nowStandsStillWhileAnActionRunsSoItCanScheduleForNow() {
        loop.schedule(5 * MILLIS, () -> {
            long before = loop.now();
            busyFor(Duration.ofMillis(20));
            assertThat(loop.now()).isEqualTo(before);
            loop.schedule(loop.now(), () -> fired.add("scheduled for now"));
        });

        loop.runUntil(40 * MILLIS);

        assertThat(fired).containsExactly("scheduled for now");
        assertThatThrownBy(() -> loop.schedule(loop.now() - 1, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postedWorkRunsOnTheLoopsThreadAndWakesItBeforeItsDeadline() throws InterruptedException {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Thread other = new Thread(() -> {
            busyFor(Duration.ofMillis(50));
            loop.post(() -> ranOn.set(Thread.currentThread()));
        });
        other.start();

        boolean done = loop.runUntil(() -> ranOn.get() != null, Duration.ofSeconds(20).toNanos());

        other.join();
        assertThat(done).isTrue();
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
        assertThat(loop.now()).as("woken by the post, not by the deadline")
                .isLessThan(Duration.ofSeconds(20).toNanos());
    }

    @Test
    void postedWorkRunsInArrivalOrder() {
        for (int i = 0; i < 1000; i++) {
            String name = Integer.toString(i);
            loop.post(() -> fired.add(name));
        }

        loop.runUntil(() -> fired.size() == 1000, Duration.ofSeconds(5).toNanos());

        assertThat(fired).isEqualTo(java.util.stream.IntStream.range(0, 1000).mapToObj(Integer::toString).toList());
    }

    @Test
    void aDeadlineWithNothingToDoReturnsFalseAfterIt() {
        boolean done = loop.runUntil(() -> false, 30 * MILLIS);

        assertThat(done).isFalse();
        assertThat(loop.now()).isGreaterThan(30 * MILLIS);
    }

    private static void busyFor(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
