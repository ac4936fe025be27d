package io.faultline.chord;

import static io.faultline.chord.ChordSim.MS;
import static io.faultline.chord.ChordSim.SECOND;
import static io.faultline.chord.ChordSim.call;
import static io.faultline.chord.ChordSim.oracleRing;
import static io.faultline.chord.ChordSim.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.sim.SimCluster;
import io.faultline.workloads.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §5.2 "store the data on the k nodes succeeding the key": with k = 3 every key survives the crash of any two
 * nodes at once, even when they are next to each other on the ring and crash while writes are in flight.
 */
class ChordReplicationTest {

    private static final int KEYS = 30;

    /** Writes keys 1 … 30 one after another from a client, crashing {@code crashes} ring neighbours mid-way. */
    private static List<String> lostAcknowledgedWrites(long seed, int crashes, int stride) {
        SimCluster cluster = start(seed, 8);
        SplittableRandom random = new SplittableRandom(seed);
        cluster.loop().runUntil(3 * SECOND);
        List<String> ring = oracleRing(cluster);
        int first = random.nextInt(ring.size());
        List<String> crashed = new ArrayList<>();
        for (int i = 0; i < crashes; i++) {
            crashed.add(ring.get((first + i * stride) % ring.size()));
        }
        int crashAfter = 5 + random.nextInt(KEYS - 10);
        List<String> writers = ring.stream().filter(n -> !crashed.contains(n)).toList();
        List<Long> acknowledged = new ArrayList<>();
        for (long key = 1; key <= KEYS; key++) {
            if (key == crashAfter) {
                // the crash lands while this write is on its way to the owner and its replicas
                cluster.client("writer").request(writers.get(0), new Write(key, key + 1000 * seed), SECOND, r -> { });
                cluster.loop().runUntil(cluster.loop().now() + random.nextLong(3 * MS));
                crashed.forEach(cluster::kill);
                continue;
            }
            Response r = call(cluster, writers.get(random.nextInt(writers.size())), new Write(key, key + 1000 * seed));
            if (r instanceof Response.Reply reply && reply.body() instanceof WriteOk) {
                acknowledged.add(key);
            }
        }
        cluster.loop().runUntil(cluster.loop().now() + 3 * SECOND);
        List<String> lost = new ArrayList<>();
        for (long key : acknowledged) {
            Response r = call(cluster, writers.get(random.nextInt(writers.size())), new Read(key));
            if (!(r instanceof Response.Reply reply && new ReadOk(key + 1000 * seed).equals(reply.body()))) {
                lost.add("seed " + seed + " crashed " + crashed + " after key " + crashAfter + ", key " + key + ": " + r);
            }
        }
        assertThat(acknowledged.size()).as("seed " + seed + ": most writes are acknowledged").isGreaterThan(KEYS / 2);
        return lost;
    }

    @Test
    @DisplayName("Chord §5.2, k = 3: two consecutive nodes crashing during writes lose no acknowledged write"
            + " (100 seeds)")
    void twoConsecutiveCrashesDuringWritesLoseNothing() {
        List<String> lost = new ArrayList<>();
        for (long seed = 1; seed <= 100; seed++) {
            lost.addAll(lostAcknowledgedWrites(seed, 2, 1));
        }
        assertThat(lost).isEmpty();
    }

    @Test
    @DisplayName("Chord §5.2, k = 3: three crashes that are not consecutive (every other node) lose nothing either"
            + " (30 seeds)")
    void threeNonConsecutiveCrashesLoseNothing() {
        List<String> lost = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++) {
            lost.addAll(lostAcknowledgedWrites(seed, 3, 2));
        }
        assertThat(lost).isEmpty();
    }

    @Test
    @DisplayName("Chord §5.2, k = 3: three consecutive crashes can lose keys (the bound is tight), in 30 seeds")
    void threeConsecutiveCrashesCanLoseKeys() {
        List<String> lost = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++) {
            lost.addAll(lostAcknowledgedWrites(seed, 3, 1));
        }
        System.out.println("chord: 3 consecutive crashes lost " + lost.size() + " acknowledged writes in 30 seeds");
        assertThat(lost).isNotEmpty();
    }
}
