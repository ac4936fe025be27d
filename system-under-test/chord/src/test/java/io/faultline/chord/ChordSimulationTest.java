package io.faultline.chord;

import static io.faultline.chord.ChordSim.MS;
import static io.faultline.chord.ChordSim.SECOND;
import static io.faultline.chord.ChordSim.call;
import static io.faultline.chord.ChordSim.node;
import static io.faultline.chord.ChordSim.oracleOwner;
import static io.faultline.chord.ChordSim.oracleRing;
import static io.faultline.chord.ChordSim.ringViolation;
import static io.faultline.chord.ChordSim.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.chord.ChordMessages.Lookup;
import io.faultline.chord.ChordMessages.LookupOk;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.workloads.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Chord end to end in the deterministic simulator, checked against an oracle of the live ring. */
class ChordSimulationTest {

    @Test
    @DisplayName("Chord §4.4 Fig. 6 / §5.2: after joins and crashes stop, successors form one cycle over the live"
            + " nodes and every lookup finds the oracle's owner (100 seeds)")
    void ringInvariantAfterChurnOverManySeeds() {
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= 100; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            SimCluster cluster = start(seed, 7);
            // n6 and n7 join later (§4.4); one early node crashes (§5.2) and one of them comes back
            cluster.kill("n6");
            cluster.kill("n7");
            String victim = "n" + (1 + random.nextInt(5));
            String other = "n" + (2 + random.nextInt(4));
            cluster.loop().schedule(300 * MS + random.nextLong(500 * MS), () -> cluster.start("n6"));
            cluster.loop().schedule(500 * MS + random.nextLong(800 * MS), () -> cluster.kill(victim));
            cluster.loop().schedule(900 * MS + random.nextLong(500 * MS), () -> cluster.start("n7"));
            cluster.loop().schedule(1_500 * MS, () -> {
                if (!other.equals(victim)) {
                    cluster.kill(other);
                }
            });
            cluster.loop().schedule(2_000 * MS + random.nextLong(500 * MS), () -> cluster.start(victim));
            cluster.loop().runUntil(6 * SECOND);
            String violation = ringViolation(cluster, random);
            if (violation != null) {
                failures.add("seed " + seed + ": " + violation);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    @DisplayName("Chord §4.2: a 32-node ring answers lookups in about ½·log2 N hops")
    void lookupsTakeLogarithmicHops() {
        SimCluster cluster = start(7, 32);
        cluster.loop().runUntil(20 * SECOND);
        SplittableRandom random = new SplittableRandom(7);
        List<String> ring = oracleRing(cluster);
        long hops = 0;
        int lookups = 100;
        for (int i = 0; i < lookups; i++) {
            long key = random.nextLong(1_000_000);
            Response.Reply reply = (Response.Reply) call(cluster, ring.get(random.nextInt(ring.size())), new Lookup(key));
            LookupOk ok = (LookupOk) reply.body();
            assertThat(ok.owner()).isEqualTo(oracleOwner(ring, ChordId.ofKey(key)));
            hops += ok.hops();
        }
        double mean = (double) hops / lookups;
        System.out.println("chord: 32 nodes, mean lookup hops " + mean);
        assertThat(mean).as("mean hops; the paper: about ½·log2 N = 2.5").isBetween(1.0, 3.5);
    }

    private static List<String> lostWrites(long seed, int crashes, int replicas) {
        SimCluster cluster = start(seed, 6, "replicas", Integer.toString(replicas));
        SplittableRandom random = new SplittableRandom(seed);
        cluster.loop().runUntil(3 * SECOND);
        List<String> ring = oracleRing(cluster);
        List<Long> acknowledged = new ArrayList<>();
        for (long key = 1; key <= 20; key++) {
            Response r = call(cluster, ring.get(random.nextInt(ring.size())), new Write(key, key * 100 + seed));
            if (r instanceof Response.Reply reply && reply.body() instanceof WriteOk) {
                acknowledged.add(key);
            }
        }
        assertThat(acknowledged).as("a quiet ring acknowledges writes").hasSize(20);
        int first = random.nextInt(ring.size());
        List<String> crashed = new ArrayList<>();
        for (int i = 0; i < crashes; i++) {
            String victim = ring.get((first + i) % ring.size());
            cluster.kill(victim);
            crashed.add(victim);
        }
        cluster.loop().runUntil(cluster.loop().now() + 3 * SECOND);
        List<String> live = oracleRing(cluster);
        List<String> lost = new ArrayList<>();
        for (long key : acknowledged) {
            Response r = call(cluster, live.get(random.nextInt(live.size())), new Read(key));
            if (!(r instanceof Response.Reply reply && reply.body() instanceof ReadOk ok
                    && ok.value().equals(key * 100 + seed))) {
                lost.add("seed " + seed + " crashed " + crashed + " key " + key + ": " + r);
            }
        }
        return lost;
    }

    @Test
    @DisplayName("Chord §5.2 replication: with k = 3, crashing 1 or 2 consecutive nodes loses no acknowledged write")
    void replicationThreeSurvivesTwoConsecutiveCrashes() {
        List<String> lost = new ArrayList<>();
        for (long seed = 1; seed <= 25; seed++) {
            lost.addAll(lostWrites(seed, 1, 3));
            lost.addAll(lostWrites(seed, 2, 3));
        }
        assertThat(lost).isEmpty();
    }

    @Test
    @DisplayName("Chord §5.2 replication: with k = 1, a crash loses the keys the crashed node owned")
    void withoutReplicationACrashLosesKeys() {
        List<String> lost = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            lost.addAll(lostWrites(seed, 1, 1));
        }
        assertThat(lost).isNotEmpty();
    }

    @Test
    @DisplayName("Chord §4.4: a joining node receives the keys in (predecessor, n] from its successor; lin-kv"
            + " write, read and cas work at any node, through the JSON codec")
    void joinTransfersKeysAndClientsWorkAtAnyNode() {
        SimCluster cluster = start(SimConfig.defaults(3).withSerialization(true), 5);
        cluster.kill("n5");
        cluster.loop().runUntil(2 * SECOND);
        for (long key = 1; key <= 30; key++) {
            Response r = call(cluster, "n" + (1 + key % 4), new Write(key, key));
            assertThat(r).as("write " + key).isInstanceOfSatisfying(Response.Reply.class,
                    reply -> assertThat(reply.body()).isInstanceOf(WriteOk.class));
        }
        Response cas = call(cluster, "n2", new io.faultline.node.client.Cas(7L, 7L, 70L));
        assertThat(((Response.Reply) cas).body()).isInstanceOf(io.faultline.node.client.CasOk.class);
        Response badCas = call(cluster, "n3", new io.faultline.node.client.Cas(7L, 7L, 71L));
        assertThat(((Response.Reply) badCas).body()).isInstanceOfSatisfying(io.faultline.node.client.ErrorReply.class,
                e -> assertThat(e.code()).isEqualTo(22));
        Response missing = call(cluster, "n4", new Read(999L));
        assertThat(((Response.Reply) missing).body()).isInstanceOfSatisfying(io.faultline.node.client.ErrorReply.class,
                e -> assertThat(e.code()).isEqualTo(20));

        cluster.start("n5");
        cluster.loop().runUntil(cluster.loop().now() + 3 * SECOND);
        List<String> ring = oracleRing(cluster);
        ChordNode joined = node(cluster, "n5");
        long owned = 0;
        for (long key = 1; key <= 30; key++) {
            if (oracleOwner(ring, ChordId.ofKey(key)).equals("n5")) {
                owned++;
                assertThat(joined.storedValue(key)).as("key " + key + " moved to n5").isPresent();
            }
            Response r = call(cluster, "n5", new Read(key));
            assertThat(((Response.Reply) r).body()).isEqualTo(new ReadOk(key == 7 ? 70L : key));
        }
        System.out.println("chord: n5 took over " + owned + " of 30 keys on join");
    }
}
