package io.faultline.junit;

import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.opentest4j.AssertionFailedError;

/**
 * A Faultline test being described: immutable, each method returns a new description, so a base can be shared
 * between tests. {@link #requires} runs it and asserts; {@link #run} only runs it.
 */
public final class ClusterTest {

    private final TestSpec spec;

    ClusterTest(TestSpec spec) {
        this.spec = spec;
    }

    /** Where the nodes run: {@code sim} (the default: one JVM, virtual time, replayable from the seed). */
    public ClusterTest runtime(String name) {
        return new ClusterTest(spec.withRuntime(name));
    }

    /** How many nodes, named {@code n1 … n<count>}. */
    public ClusterTest nodes(int count) {
        return new ClusterTest(spec.withNodeCount(count));
    }

    /** Switches on one of the system's documented bugs ({@code stale-follower-reads}). */
    public ClusterTest bug(String name) {
        return new ClusterTest(spec.withBug(name));
    }

    /** A system option passed to every node ({@code reads}, {@code index}). */
    public ClusterTest option(String name, String value) {
        return new ClusterTest(spec.withSystemOption(name, value));
    }

    /** What clients do: {@code register}, {@code kv}, {@code set}. */
    public ClusterTest workload(String name) {
        return new ClusterTest(spec.withWorkload(name));
    }

    /** Faults, taken in turn: {@code partition}, {@code kill}, {@code pause}, {@code latency}, {@code loss}, … */
    public ClusterTest nemesis(String... names) {
        return new ClusterTest(spec.withNemeses(List.of(names)));
    }

    /** How long each fault, and each quiet spell between faults, lasts. */
    public ClusterTest nemesisInterval(Duration interval) {
        return new ClusterTest(spec.withNemesisInterval(interval));
    }

    /** How long clients run (virtual time in the simulator, so a minute costs about a second). */
    public ClusterTest timeLimit(Duration limit) {
        return new ClusterTest(spec.withTimeLimit(limit));
    }

    /** Client operations started per second, over all clients. */
    public ClusterTest rate(double opsPerSecond) {
        return new ClusterTest(spec.withRatePerSecond(opsPerSecond));
    }

    /** How many clients. */
    public ClusterTest concurrency(int clients) {
        return new ClusterTest(spec.withConcurrency(clients));
    }

    /** The seed every random choice derives from: the same seed, the same history. */
    public ClusterTest seed(long seed) {
        return new ClusterTest(spec.withSeed(seed));
    }

    /** Each checker's budget; past it a model is undecided and {@link #requires} fails. */
    public ClusterTest checkTimeLimit(Duration limit) {
        return new ClusterTest(spec.withCheckTimeLimit(limit));
    }

    /** Where run folders go (default {@code target/faultline}). */
    public ClusterTest store(Path directory) {
        return new ClusterTest(spec.withStoreDir(directory));
    }

    /**
     * This description with {@code change} made to its spec, for what the methods above do not cover:
     * {@code .with(spec -> spec.withClientTimeout(Duration.ofMillis(500)))}.
     */
    public ClusterTest with(UnaryOperator<TestSpec> change) {
        return new ClusterTest(change.apply(spec));
    }

    /** The test as the runner sees it. */
    public TestSpec spec() {
        return spec;
    }

    /**
     * Runs the test and checks that its history satisfies {@code model} (or a stronger one).
     *
     * @return the run, for further assertions
     * @throws AssertionFailedError     if the history breaks {@code model} or it could not be decided: the message
     *                                  has the anomalies, the counterexample and run folder paths, and the
     *                                  command that replays the run
     * @throws io.faultline.runner.SpecException if the description names an unknown system, bug, workload,
     *                                  nemesis or runtime (an {@link IllegalArgumentException} whose message lists
     *                                  the known ones)
     */
    public RunResult requires(Consistency model) {
        RunResult run = run();
        Optional<String> unmet = Requirement.unmet(model, run.summary());
        if (unmet.isPresent()) {
            throw new AssertionFailedError(FailureMessage.of(run, model, unmet.get()));
        }
        return run;
    }

    /** Runs the test without requiring anything; see {@link RunResult#summary()} for what it kept. */
    public RunResult run() {
        return Runner.run(spec);
    }
}
