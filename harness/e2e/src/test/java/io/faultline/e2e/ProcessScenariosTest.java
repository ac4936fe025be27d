package io.faultline.e2e;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;

/**
 * The scenario suite with real processes: three node server JVMs behind a real Toxiproxy per run, eight seconds of
 * wall time a run with a fault every second, and up to three runs for a bug to show. Runs are kept under
 * {@code target/process-scenarios} with every node's log, for a failure to be read.
 */
class ProcessScenariosTest extends ScenarioSuite {

    @BeforeAll
    static void needsToxiproxy() {
        ToxiproxyInstalled.assume();
    }

    @Override
    String runtime() {
        return "process";
    }

    @Override
    Pace pace() {
        return new Pace(Duration.ofSeconds(8), Duration.ofSeconds(1), Duration.ofSeconds(2), 3,
                Path.of("target", "process-scenarios"));
    }
}
