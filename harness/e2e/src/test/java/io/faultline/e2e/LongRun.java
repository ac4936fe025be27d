package io.faultline.e2e;

import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A run long enough to be killed in the middle: an hour of virtual time, which takes the simulator minutes of wall
 * time. {@link KilledRunTest} starts it in its own JVM and kills it with SIGKILL.
 */
public final class LongRun {

    private LongRun() {
    }

    /** @param args the store directory */
    public static void main(String[] args) {
        Runner.run(TestSpec.defaults().withNemeses("partition", "kill").withTimeLimit(Duration.ofHours(1))
                .withNemesisInterval(Duration.ofSeconds(1)).withSeed(11).withStoreDir(Path.of(args[0])));
    }
}
