package io.faultline.e2e;

import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.LongStream;

/**
 * Runs one spec over a range of seeds, keeping nothing on disk. Runs are independent (each has its own cluster,
 * event loop and random streams), so they go two at a time, one per core of the machines this suite targets;
 * results come back in seed order, so "the first seed that …" does not depend on scheduling.
 */
final class Sweep {

    private static final int THREADS = 2;

    private Sweep() {
    }

    /**
     * A short run for sweeps: three virtual seconds at 50 ops/s from five workers on five nodes, a fault every
     * half second (quiet, fault, quiet, …), one second to recover, and checkers bounded at ten seconds.
     */
    static TestSpec shortRun(String system, String... nemeses) {
        return TestSpec.defaults().withSystem(system).withNemeses(nemeses)
                .withTimeLimit(Duration.ofSeconds(3)).withNemesisInterval(Duration.ofMillis(500))
                .withRecoveryTime(Duration.ofSeconds(1)).withCheckTimeLimit(Duration.ofSeconds(10))
                .withStoreDir(null);
    }

    /** Every run of {@code spec} with seeds {@code from … from+count-1}, in seed order. */
    static List<RunResult> all(TestSpec spec, long from, int count) {
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<RunResult>> runs = new ArrayList<>();
            LongStream.range(from, from + count).forEach(seed -> runs.add(pool.submit(
                    () -> Runner.run(spec.withSeed(seed)))));
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> run : runs) {
                results.add(join(run));
            }
            return results;
        }
    }

    /**
     * The run with the smallest seed in {@code from … from+count-1} for which {@code found} holds, trying seeds in
     * batches so that a search stops soon after its first hit.
     */
    static Optional<RunResult> first(TestSpec spec, long from, int count, Predicate<RunResult> found) {
        for (long batch = from; batch < from + count; batch += 2L * THREADS) {
            int size = (int) Math.min(2L * THREADS, from + count - batch);
            Optional<RunResult> hit = all(spec, batch, size).stream().filter(found).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static RunResult join(Future<RunResult> run) {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
