package io.faultline.bench;

import io.faultline.histories.History;
import io.faultline.histories.check.Verdict;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A generated, linearizable kv history of 1,000,000 calls over 1,000 keys with 10% crashed calls
 * ({@link GeneratedRun#MILLION}), checked in a 2 GB heap. Target: under 10 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class MillionCallsBenchmark {
    private History history;

    @Setup(Level.Trial)
    public void generate() {
        history = GeneratedRun.million();
    }

    @Benchmark
    public Verdict check() {
        Verdict verdict = GeneratedRun.check(history).verdict();
        if (verdict != Verdict.VALID) {
            throw new IllegalStateException("the generated history is linearizable by construction, got " + verdict);
        }
        return verdict;
    }
}
