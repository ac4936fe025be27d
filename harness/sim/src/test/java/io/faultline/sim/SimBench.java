package io.faultline.sim;

import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.testnodes.TestSystem;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Simulated messages delivered per wall-clock second, on the hot-potato workload (every delivery causes one
 * send). Single-threaded, so the figure is per core. Run from the repository root:
 * <pre>
 * mvn -B -q -pl harness/core -am test-compile exec:java@sim-bench -Dsim.bench.args="--seconds 10 --serialize"
 * </pre>
 * Options: {@code --nodes N} (5), {@code --tokens T} potatoes per node (200), {@code --seconds S} of wall time
 * to measure (10, after a warm-up of the same length), {@code --serialize} to round-trip every message through
 * the JSON codec, {@code --seed S}.
 */
public final class SimBench {

    /** Virtual time per measured slice: short enough to stop close to the wall-time budget. */
    private static final long SLICE_NANOS = 100_000_000;

    /** Wall time is what a user waits; CPU time of the one simulating thread is fair on a shared machine. */
    public record Result(long delivered, long wallNanos, long cpuNanos, long virtualNanos) {
        public double perSecond() {
            return delivered * 1e9 / wallNanos;
        }

        public double perCpuSecond() {
            return delivered * 1e9 / cpuNanos;
        }
    }

    private SimBench() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args.length == 1 ? args[0].trim().split("\\s+") : args);
        int nodes = intOption(options, "--nodes", 5);
        int tokens = intOption(options, "--tokens", 200);
        long wallNanos = intOption(options, "--seconds", 10) * 1_000_000_000L;
        SimConfig config = SimConfig.defaults(intOption(options, "--seed", 1))
                .withSerialization(options.contains("--serialize"));
        SimCluster cluster = start(config, nodes, tokens);
        measure(cluster, wallNanos); // warm-up: let the JIT compile the hot path
        Result result = measure(cluster, wallNanos);
        System.out.printf(Locale.ROOT, "sim-bench nodes=%d tokens/node=%d serialize=%b seed=%d: %,d messages in %.2f s"
                        + " wall, %.2f s CPU (%.1f s virtual) = %,.0f messages per wall second, %,.0f per CPU second%n",
                nodes, tokens, config.serialize(), config.seed(), result.delivered(), result.wallNanos() / 1e9,
                result.cpuNanos() / 1e9, result.virtualNanos() / 1e9, result.perSecond(), result.perCpuSecond());
    }

    static SimCluster start(SimConfig config, int nodes, int tokensPerNode) {
        return new SimRuntime(config).start(ClusterSpec.of(TestSystem.hotPotato(tokensPerNode), nodes));
    }

    /** Runs slices of virtual time until {@code budgetNanos} of wall time have passed. */
    static Result measure(SimCluster cluster, long budgetNanos) {
        long deliveredBefore = cluster.net().deliveredCount();
        long virtualBefore = cluster.loop().now();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long wallElapsed;
        do {
            cluster.loop().runUntil(cluster.loop().now() + SLICE_NANOS);
            wallElapsed = System.nanoTime() - wallStart;
        } while (wallElapsed < budgetNanos);
        return new Result(cluster.net().deliveredCount() - deliveredBefore, wallElapsed,
                threads.getCurrentThreadCpuTime() - cpuStart, cluster.loop().now() - virtualBefore);
    }

    private static int intOption(List<String> options, String name, int defaultValue) {
        int at = options.indexOf(name);
        return at < 0 ? defaultValue : Integer.parseInt(options.get(at + 1));
    }
}
