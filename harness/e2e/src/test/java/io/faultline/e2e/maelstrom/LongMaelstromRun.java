package io.faultline.e2e.maelstrom;

import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A maelstrom run of the Python leader, long enough to be killed midway: {@link KilledHarnessTest} runs it in its own
 * JVM.
 */
public final class LongMaelstromRun {

    private LongMaelstromRun() {
    }

    /** @param args the store directory, then the program */
    public static void main(String[] args) {
        Runner.run(TestSpec.defaults().withSystem("maelstrom").withRuntime("maelstrom").withNodeCount(3)
                .withBin(List.of(args).subList(1, args.length)).withNemeses("partition")
                .withTimeLimit(Duration.ofMinutes(5)).withNemesisInterval(Duration.ofSeconds(1))
                .withStoreDir(Path.of(args[0])));
    }
}
