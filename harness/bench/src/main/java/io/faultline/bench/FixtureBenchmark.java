package io.faultline.bench;

import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.linear.LinearizabilityChecker;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The linearizability check of each reference log, one JMH benchmark per file (Porcupine's etcd and kv logs),
 * counterexample shrinking included. Porcupine's mark: 575 ms for its 102 etcd logs, about 5.6 ms per file.
 * Short iterations keep a full run to a few minutes; {@link CheckerBench} prints the same in one table.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class FixtureBenchmark {

    @Param({"porcupine/jepsen/etcd_000.log", "porcupine/jepsen/etcd_001.log", "porcupine/jepsen/etcd_002.log",
            "porcupine/jepsen/etcd_003.log", "porcupine/jepsen/etcd_004.log", "porcupine/jepsen/etcd_005.log",
            "porcupine/jepsen/etcd_006.log", "porcupine/jepsen/etcd_007.log", "porcupine/jepsen/etcd_008.log",
            "porcupine/jepsen/etcd_009.log", "porcupine/jepsen/etcd_010.log", "porcupine/jepsen/etcd_011.log",
            "porcupine/jepsen/etcd_012.log", "porcupine/jepsen/etcd_013.log", "porcupine/jepsen/etcd_014.log",
            "porcupine/jepsen/etcd_015.log", "porcupine/jepsen/etcd_016.log", "porcupine/jepsen/etcd_017.log",
            "porcupine/jepsen/etcd_018.log", "porcupine/jepsen/etcd_019.log", "porcupine/jepsen/etcd_020.log",
            "porcupine/jepsen/etcd_021.log", "porcupine/jepsen/etcd_022.log", "porcupine/jepsen/etcd_023.log",
            "porcupine/jepsen/etcd_024.log", "porcupine/jepsen/etcd_025.log", "porcupine/jepsen/etcd_026.log",
            "porcupine/jepsen/etcd_027.log", "porcupine/jepsen/etcd_028.log", "porcupine/jepsen/etcd_029.log",
            "porcupine/jepsen/etcd_030.log", "porcupine/jepsen/etcd_031.log", "porcupine/jepsen/etcd_032.log",
            "porcupine/jepsen/etcd_033.log", "porcupine/jepsen/etcd_034.log", "porcupine/jepsen/etcd_035.log",
            "porcupine/jepsen/etcd_036.log", "porcupine/jepsen/etcd_037.log", "porcupine/jepsen/etcd_038.log",
            "porcupine/jepsen/etcd_039.log", "porcupine/kv/c01-bad.txt", "porcupine/kv/c01-ok.txt",
            "porcupine/kv/c10-bad.txt", "porcupine/kv/c10-ok.txt", "porcupine/kv/c50-bad.txt", "porcupine/kv/c50-ok.txt"})
    public String file;

    private Fixtures.Fixture fixture;
    private LinearizabilityChecker checker;

    @Setup
    public void load() {
        fixture = Fixtures.one(file);
        checker = new LinearizabilityChecker(fixture.model());
    }

    @Benchmark
    public Verdict check() {
        return checker.check(fixture.history()).verdict();
    }
}
