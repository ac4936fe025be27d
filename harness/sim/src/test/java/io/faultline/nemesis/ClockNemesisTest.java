package io.faultline.nemesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;
import io.faultline.sim.testnodes.StoreNode;
import io.faultline.sim.testnodes.TestSystem;
import io.faultline.workloads.client.Response;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The clock nemesis moves what skewed nodes read from their clocks, by the step it reports, and puts it back. */
class ClockNemesisTest {

    private static final Pattern SKEW = Pattern.compile("(n\\d) ([+-]\\d+)ms (-?\\d+)ppm");
    private static final long MILLIS = 1_000_000L;

    private final SimCluster cluster = new SimRuntime(SimConfig.defaults(1))
            .start(ClusterSpec.of(TestSystem.store(), 5));

    @Test
    void skewedNodesReadTheReportedStepAndResetNodesReadTrueTime() {
        ClockNemesis clock = new ClockNemesis();
        Matcher skew = SKEW.matcher(clock.start(cluster, new SplittableRandom(3)));
        assertThat(skew.find()).isTrue();
        String node = skew.group(1);
        long stepNanos = Long.parseLong(skew.group(2)) * MILLIS;

        long offset = nodeClock(node) - cluster.loop().now();
        assertThat(offset).isBetween(stepNanos - 5 * MILLIS, stepNanos + 5 * MILLIS);

        assertThat(clock.stop(cluster)).startsWith("clocks reset on ").contains(node);
        assertThat(nodeClock(node) - cluster.loop().now()).isBetween(-5 * MILLIS, 5 * MILLIS);
        assertThat(clock.stop(cluster)).isEqualTo("nothing to reset");
    }

    @Test
    void onlyAMinorityIsSkewed() {
        for (int seed = 0; seed < 20; seed++) {
            ClockNemesis clock = new ClockNemesis();
            List<String> parts = List.of(clock.start(cluster, new SplittableRandom(seed)).split(", "));
            assertThat(parts).hasSizeBetween(1, 2).allMatch(part -> SKEW.matcher(part).matches());
            clock.stop(cluster);
        }
    }

    /** What {@code node} reads from its clock, asked over the (sub-millisecond) client link. */
    private long nodeClock(String node) {
        AtomicReference<Response> response = new AtomicReference<>();
        cluster.client("c1").request(node, new StoreNode.Now(), 1_000_000_000L, response::set);
        cluster.loop().runUntil(() -> response.get() != null, cluster.loop().now() + 1_000_000_000L);
        return ((StoreNode.NowOk) ((Response.Reply) response.get()).body()).nanos();
    }
}
