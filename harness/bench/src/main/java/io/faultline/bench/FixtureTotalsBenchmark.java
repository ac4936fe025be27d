package io.faultline.bench;

import io.faultline.histories.check.linear.LinearizabilityChecker;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * All 40 etcd logs, and all 6 kv logs, checked one after the other: the totals to set against Porcupine's
 * 575 ms for its 102 etcd logs. {@code shrink=false} measures the verdict alone, as Porcupine's
 * {@code CheckOperations} does; {@code shrink=true} adds the counterexample users get.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class FixtureTotalsBenchmark {

    @Param({"true", "false"})
    public boolean shrink;

    private List<Fixtures.Fixture> etcd;
    private List<Fixtures.Fixture> kv;

    @Setup
    public void load() {
        etcd = Fixtures.etcd();
        kv = Fixtures.kv();
    }

    @Benchmark
    public void allEtcdLogs(Blackhole sink) {
        checkAll(etcd, sink);
    }

    @Benchmark
    public void allKvLogs(Blackhole sink) {
        checkAll(kv, sink);
    }

    private void checkAll(List<Fixtures.Fixture> fixtures, Blackhole sink) {
        for (Fixtures.Fixture f : fixtures) {
            sink.consume(new LinearizabilityChecker(f.model()).withShrinking(shrink).check(f.history()).verdict());
        }
    }
}
