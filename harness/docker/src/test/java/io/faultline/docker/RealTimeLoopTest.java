package io.faultline.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.runtime.RuntimeProvider;
import io.faultline.runtime.Runtimes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealTimeLoopTest {

    private static final long MILLIS = 1_000_000L;

    @Test
    void timersRunInTimeOrderThenSchedulingOrder() {
        RealTimeLoop loop = new RealTimeLoop();
        List<String> ran = new ArrayList<>();
        long base = loop.now();
        loop.schedule(base + 20 * MILLIS, () -> ran.add("late"));
        loop.schedule(base + 5 * MILLIS, () -> ran.add("early-1"));
        loop.schedule(base + 5 * MILLIS, () -> ran.add("early-2"));
        loop.runUntil(base + 30 * MILLIS);
        assertThat(ran).containsExactly("early-1", "early-2", "late");
        assertThat(loop.now()).isGreaterThanOrEqualTo(base + 30 * MILLIS);
    }

    @Test
    void actionsPostedFromOtherThreadsRunOnTheLoopThread() {
        RealTimeLoop loop = new RealTimeLoop();
        List<Thread> ranOn = new ArrayList<>();
        Thread.ofVirtual().start(() -> loop.post(() -> ranOn.add(Thread.currentThread())));
        boolean done = loop.runUntil(() -> !ranOn.isEmpty(), loop.now() + 5_000 * MILLIS);
        assertThat(done).isTrue();
        assertThat(ranOn).containsExactly(Thread.currentThread());
    }

    @Test
    void doneIsCheckedBeforeEachActionAndTheDeadlineEndsTheWait() {
        RealTimeLoop loop = new RealTimeLoop();
        List<Integer> ran = new ArrayList<>();
        loop.schedule(loop.now(), () -> ran.add(1));
        loop.schedule(loop.now(), () -> ran.add(2));
        assertThat(loop.runUntil(() -> ran.size() == 1, loop.now() + 1_000 * MILLIS)).isTrue();
        assertThat(ran).containsExactly(1);
        assertThat(loop.runUntil(() -> false, loop.now() + 10 * MILLIS)).isFalse();
        assertThat(ran).containsExactly(1, 2);
    }

    @Test
    void theDockerRuntimeIsRegistered() {
        RuntimeProvider docker = Runtimes.byName("docker");
        assertThat(docker.create(io.faultline.runtime.RuntimeSettings.quiet(1)).name()).isEqualTo("docker");
        assertThat(Runtimes.all()).containsKeys("sim", "docker");
    }
}
