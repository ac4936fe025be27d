package io.faultline.bench;

import io.faultline.histories.History;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One run, one table: the linearizability checker on every Porcupine etcd and kv log (mean and worst of
 * {@code runs} warm runs per file, with and without shrinking the counterexample), then the generated
 * million-call history (time and peak heap). For the JMH equivalents see {@link FixtureBenchmark},
 * {@link FixtureTotalsBenchmark} and {@link MillionCallsBenchmark}.
 *
 * <p>{@code java -Xmx2g -cp harness/bench/target/benchmarks.jar io.faultline.bench.CheckerBench [runs] [--fixtures-only]}
 */
public final class CheckerBench {
    private static final int WARMUP_RUNS = 10;
    private static final int MILLION_RUNS = 3;

    private static final List<String> SUMMARIES = new ArrayList<>();

    private CheckerBench() {
    }

    /** Timings of one fixture: mean and worst with shrinking, mean without. */
    private record Timing(double meanMillis, double worstMillis, double verdictOnlyMillis, String verdict) {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 20;
        boolean million = !List.of(args).contains("--fixtures-only");
        System.out.printf(Locale.ROOT, "faultline checker bench: %d warm runs per file, %d cores, max heap %d MB%n",
                runs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        double etcd = table("etcd", Fixtures.etcd(), runs);
        double kv = table("kv", Fixtures.kv(), runs);
        System.out.printf(Locale.ROOT, "total etcd %.1f ms, total kv %.1f ms (means, shrinking included)%n", etcd, kv);
        SUMMARIES.forEach(System.out::println);
        if (million) {
            million();
        }
    }

    /** Prints one row per fixture and returns the sum of the means. */
    private static double table(String family, List<Fixtures.Fixture> fixtures, int runs) {
        System.out.printf(Locale.ROOT, "%-32s %6s %-8s %9s %9s %12s%n", family + " file", "calls", "verdict",
                "mean ms", "worst ms", "verdict-only");
        double total = 0;
        double worst = 0;
        double verdictOnly = 0;
        double worstMean = 0;
        String worstMeanFile = "";
        double worstQuick = 0;
        String worstQuickFile = "";
        for (Fixtures.Fixture f : fixtures) {
            Timing t = time(f, runs);
            System.out.printf(Locale.ROOT, "%-32s %6d %-8s %9.2f %9.2f %12.2f%n", f.name(), f.history().calls().size(),
                    t.verdict(), t.meanMillis(), t.worstMillis(), t.verdictOnlyMillis());
            total += t.meanMillis();
            worst = Math.max(worst, t.worstMillis());
            verdictOnly += t.verdictOnlyMillis();
            if (t.meanMillis() > worstMean) {
                worstMean = t.meanMillis();
                worstMeanFile = f.name();
            }
            if (t.verdictOnlyMillis() > worstQuick) {
                worstQuick = t.verdictOnlyMillis();
                worstQuickFile = f.name();
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d files, total %.1f ms, mean %.2f ms/file, worst run %.1f ms; "
                + "verdict only: total %.1f ms%n%n", family, fixtures.size(), total, total / fixtures.size(), worst,
                verdictOnly);
        // machine-readable, the same shape as harness/bench/porcupine prints (scripts/bench-vs-porcupine.sh)
        SUMMARIES.add(String.format(Locale.ROOT, "summary %s shrink total_ms=%.3f worst_file=%s worst_file_ms=%.3f",
                family, total, worstMeanFile, worstMean));
        SUMMARIES.add(String.format(Locale.ROOT, "summary %s verdict total_ms=%.3f worst_file=%s worst_file_ms=%.3f",
                family, verdictOnly, worstQuickFile, worstQuick));
        return total;
    }

    private static Timing time(Fixtures.Fixture f, int runs) {
        LinearizabilityChecker full = new LinearizabilityChecker(f.model());
        LinearizabilityChecker verdictOnly = full.withShrinking(false);
        String verdict = "";
        for (int i = 0; i < WARMUP_RUNS; i++) {
            verdict = full.check(f.history()).verdict().name();
            verdictOnly.check(f.history());
        }
        double sum = 0;
        double worst = 0;
        for (int i = 0; i < runs; i++) {
            double ms = millis(() -> full.check(f.history()));
            sum += ms;
            worst = Math.max(worst, ms);
        }
        double quick = 0;
        for (int i = 0; i < runs; i++) {
            quick += millis(() -> verdictOnly.check(f.history()));
        }
        return new Timing(sum / runs, worst, quick / runs, verdict);
    }

    private static void million() {
        long start = System.nanoTime();
        History history = GeneratedRun.million();
        System.out.printf(Locale.ROOT, "generated %d calls over %d keys, %.0f%% crashed, in %.0f ms%n",
                history.calls().size(), GeneratedRun.MILLION.keys(), GeneratedRun.MILLION.crashProbability() * 100,
                (System.nanoTime() - start) / 1e6);
        for (int i = 0; i < MILLION_RUNS; i++) {
            System.gc();
            long heapBefore = usedHeap();
            resetPeaks();
            CheckResult[] result = new CheckResult[1];
            double ms = millis(() -> result[0] = GeneratedRun.check(history));
            System.out.printf(Locale.ROOT, "1M calls run %d: %s in %.0f ms, peak heap %d MB (%d MB held before)%n",
                    i + 1, result[0].verdict(), ms, peakHeap() >> 20, heapBefore >> 20);
        }
    }

    private static double millis(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static long usedHeap() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound on the heap in use at any one time. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
