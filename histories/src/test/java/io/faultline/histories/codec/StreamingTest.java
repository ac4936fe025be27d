package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Readers stream: they hold a bounded number of ops, so a history far larger than memory reads through. Also
 * prints read throughput (a figure for the README, not an assertion: the machine is shared).
 */
class StreamingTest {
    private static final int OPS = 2_000_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSONL", "EDN"})
    void twoMillionOpsWriteAndReadBackOneAtATime(Format format) throws IOException {
        Path file = dir.resolve("big." + format.cliName());
        try (OpWriter out = Histories.writer(file, format)) {
            for (long i = 0; i < OPS; i++) {
                out.write(opAt(i));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long startedCpu = threads.getCurrentThreadCpuTime();
        long count = 0;
        long valueSum = 0;
        long lastLine;
        try (OpReader in = Histories.open(file, format)) {
            while (in.hasNext()) {
                valueSum += (Long) in.next().value();
                count++;
            }
            lastLine = in.line();
        }
        long elapsedNanos = System.nanoTime() - started;
        long cpuNanos = threads.getCurrentThreadCpuTime() - startedCpu;
        assertThat(count).isEqualTo(OPS);
        assertThat(lastLine).isEqualTo(OPS);
        assertThat(valueSum).isEqualTo(2 * ((long) OPS / 2) * ((long) OPS / 2 - 1) / 2);
        // Thread CPU time as well as wall time: the machine is shared, and CPU time is what the reader costs.
        System.out.printf("[throughput] %s read %,d ops (%,d MB) in %,d ms wall, %,d ms CPU: %,.0f ops/s wall, "
                + "%,.0f ops/s CPU%n", format, count, Files.size(file) >> 20, elapsedNanos / 1_000_000,
                cpuNanos / 1_000_000, count * 1e9 / elapsedNanos, count * 1e9 / cpuNanos);
    }

    /** Pairs of invoke and ok by 50 rotating processes, so the file is also a valid history. */
    private static Op opAt(long i) {
        long call = i / 2;
        OpType type = i % 2 == 0 ? OpType.INVOKE : OpType.OK;
        return new Op(i, i * 1000, type, call % 50, "write", "k" + call % 7, call, "n" + call % 5, null);
    }

    @Test
    @Timeout(60)
    void jsonlReadsTheStartOfAnEndlessStream() {
        assertReadsStartOf(Format.JSONL, "", n -> "{\"type\":\"invoke\",\"process\":" + n + ",\"f\":\"read\"}\n");
    }

    @Test
    @Timeout(60)
    void ednReadsTheStartOfAnEndlessTopLevelVector() {
        assertReadsStartOf(Format.EDN, "[", n -> "{:type :invoke, :process " + n + ", :f :read}\n ");
    }

    @Test
    @Timeout(60)
    void etcdLogReadsTheStartOfAnEndlessStream() {
        assertReadsStartOf(Format.PORCUPINE_ETCD, "", n -> "INFO  jepsen.util - " + n + "\t:invoke\t:read\tnil\n");
    }

    private static void assertReadsStartOf(Format format, String prefix, LongFunction<String> line) {
        try (OpReader in = Histories.open(new EndlessReader(prefix, line), "endless", format)) {
            for (long n = 0; n < 200_000; n++) {
                assertThat(in.next().process()).isEqualTo(n);
            }
        }
    }
}
