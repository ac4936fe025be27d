package io.faultline.e2e;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;

/**
 * The scenario suite with real processes: node server JVMs behind a real Toxiproxy per run, twelve seconds of wall
 * time a run, and up to five runs for a bug to show (each showed in its first). Faults last three seconds: with one-second faults a
 * partition ends before anything happens in real time (requests forwarded to a cut-off leader wait out their
 * one-second timeouts, and the majority's clients with them), and two seconds were measured too short for the
 * lease-read and w=1 bugs to show. A crash of every node lasts six, with six more to recover:
 * a node JVM takes one to four seconds to start on a busy two-core machine. Runs are kept under
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
        return new Pace(Duration.ofSeconds(12), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(6), 5,
                Path.of("target", "process-scenarios"));
    }
}
