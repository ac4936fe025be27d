package io.faultline.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RealTimeLoopTest {

    private static final long MS = 1_000_000;

    private final RealTimeLoop loop = new RealTimeLoop();
    private final List<String> ran = new ArrayList<>();

    @Test
    void runsActionsInTimeOrderAndSameTimeActionsInTheOrderScheduled() {
        loop.schedule(30 * MS, () -> ran.add("c"));
        loop.schedule(10 * MS, () -> ran.add("a"));
        loop.schedule(10 * MS, () -> ran.add("b"));
        loop.runUntil(50 * MS);
        assertThat(ran).containsExactly("a", "b", "c");
        assertThat(loop.now()).isGreaterThanOrEqualTo(50 * MS);
    }

    @Test
    void aTimeAlreadyPastRunsAtOnceInsteadOfFailing() {
        loop.runUntil(5 * MS);
        loop.schedule(1 * MS, () -> ran.add("late"));
        loop.runUntil(loop.now());
        assertThat(ran).containsExactly("late");
    }

    @Test
    void actionsPostedFromOtherThreadsRunOnTheLoopThreadAndWakeIt() {
        Thread loopThread = Thread.currentThread();
        List<Boolean> onLoopThread = new ArrayList<>();
        Thread.ofVirtual().start(() -> {
            sleep(20);
            loop.post(() -> onLoopThread.add(Thread.currentThread() == loopThread));
        });
        long start = System.nanoTime();
        boolean done = loop.runUntil(() -> !onLoopThread.isEmpty(), TimeUnit.SECONDS.toNanos(5));
        assertThat(done).isTrue();
        assertThat(onLoopThread).containsExactly(true);
        assertThat(System.nanoTime() - start).as("woken by the post, not the deadline").isLessThan(2_000 * MS);
    }

    @Test
    void runUntilDoneReturnsFalseAtTheDeadlineAndLeavesLaterActionsQueued() {
        loop.schedule(200 * MS, () -> ran.add("after"));
        assertThat(loop.runUntil(() -> false, 20 * MS)).isFalse();
        assertThat(ran).isEmpty();
        loop.runUntil(250 * MS);
        assertThat(ran).containsExactly("after");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
