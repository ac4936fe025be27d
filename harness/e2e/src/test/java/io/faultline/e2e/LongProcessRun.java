package io.faultline.e2e;

import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A process-runtime run long enough to be killed in the middle: raft on three node JVMs behind Toxiproxy for ten
 * minutes, under partitions and crashes. {@link KilledProcessHarnessTest} starts it in its own JVM and kills it
 * with SIGKILL.
 */
public final class LongProcessRun {

    private LongProcessRun() {
    }

    /** @param args the store directory */
    public static void main(String[] args) {
        Runner.run(TestSpec.defaults().withRuntime("process").withNodeCount(3).withNemeses("partition", "kill")
                .withTimeLimit(Duration.ofMinutes(10)).withNemesisInterval(Duration.ofSeconds(1)).withSeed(5)
                .withStoreDir(Path.of(args[0])));
    }
}
