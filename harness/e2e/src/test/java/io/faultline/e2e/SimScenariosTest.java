package io.faultline.e2e;

import java.time.Duration;

/**
 * The scenario suite in the simulator: three virtual seconds a run, a fault every half second, and up to 200
 * seeds for a bug to show, as in {@link KnownBugsTest} (a simulated run takes a few milliseconds of wall time).
 */
class SimScenariosTest extends ScenarioSuite {

    @Override
    String runtime() {
        return "sim";
    }

    @Override
    Pace pace() {
        return new Pace(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(500),
                200, null);
    }
}
