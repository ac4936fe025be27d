package io.faultline.chord;

import static io.faultline.chord.ChordSim.SECOND;
import static io.faultline.chord.ChordSim.call;
import static io.faultline.chord.ChordSim.node;
import static io.faultline.chord.ChordSim.oracleOwner;
import static io.faultline.chord.ChordSim.oracleRing;
import static io.faultline.chord.ChordSim.ringViolation;
import static io.faultline.chord.ChordSim.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.client.Leave;
import io.faultline.node.client.LeaveOk;
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

/** Voluntary departure, Stoica et al. §5.3. */
class ChordLeaveTest {

    private static void writeKeys(SimCluster cluster, int keys) {
        for (long key = 1; key <= keys; key++) {
            Response r = call(cluster, "n" + (1 + key % 5), new Write(key, key * 10));
            assertThat(r).as("write " + key).isInstanceOfSatisfying(Response.Reply.class,
                    reply -> assertThat(reply.body()).isInstanceOf(WriteOk.class));
        }
    }

    @Test
    @DisplayName("Chord §5.3: a leaving node transfers its keys to its successor before it departs")
    void leavingNodeHandsItsKeysToItsSuccessor() {
        // k = 1: the successor holds no replica, so only the hand-over can give it the keys
        SimCluster cluster = start(11, 5, "replicas", "1");
        cluster.loop().runUntil(3 * SECOND);
        writeKeys(cluster, 40);
        List<String> ring = oracleRing(cluster);
        int at = ring.indexOf(oracleOwner(ring, ChordId.ofKey(1L))); // the owner of key 1 leaves
        String leaver = ring.get(at);
        String successor = ring.get((at + 1) % ring.size());
        List<Long> owned = new ArrayList<>();
        for (long key = 1; key <= 40; key++) {
            if (oracleOwner(ring, ChordId.ofKey(key)).equals(leaver)) {
                owned.add(key);
            }
        }
        assertThat(owned).as("the leaver owns some keys").isNotEmpty();

        Response left = call(cluster, leaver, new Leave());
        assertThat(((Response.Reply) left).body()).isEqualTo(new LeaveOk(successor));
        assertThat(node(cluster, leaver).left()).isTrue();
        for (long key : owned) {
            assertThat(node(cluster, successor).storedValue(key)).as("key " + key).contains(key * 10);
        }
    }

    @Test
    @DisplayName("Chord §5.3: the predecessor drops the leaver from its successor list and the successor takes the"
            + " leaver's predecessor, at once, before any stabilization")
    void leaveNotifiesPredecessorAndSuccessor() {
        SimCluster cluster = start(12, 6, "stabilize-ms", "100000", "merge-check-ms", "0");
        cluster.loop().runUntil(2 * SECOND); // joins done; stabilize fires at most once, in its first 100 s
        SimCluster quiet = cluster;
        List<String> ring = oracleRing(quiet);
        // with stabilize all but off, the ring may not be complete yet: pick a leaver whose neighbours agree
        String leaver = null;
        for (int i = 0; i < ring.size() && leaver == null; i++) {
            String n = ring.get(i);
            String p = node(quiet, n).predecessor().orElse("");
            if (!p.isEmpty() && node(quiet, p).successor().orElse("").equals(n)
                    && node(quiet, node(quiet, n).successor().orElse(n)).predecessor().orElse("").equals(n)) {
                leaver = n;
            }
        }
        assertThat(leaver).as("a node whose predecessor and successor point at it").isNotNull();
        String predecessor = node(quiet, leaver).predecessor().orElseThrow();
        String successor = node(quiet, leaver).successor().orElseThrow();
        call(quiet, leaver, new Leave());
        quiet.loop().runUntil(quiet.loop().now() + 50 * ChordSim.MS); // the notices arrive; no stabilize ran
        assertThat(node(quiet, predecessor).successor()).contains(successor);
        assertThat(node(quiet, predecessor).successorList()).doesNotContain(leaver);
        assertThat(node(quiet, successor).predecessor()).contains(predecessor);
    }

    @Test
    @DisplayName("Chord §5.3 with §5.2: after leaves (and the leavers stopped), no acknowledged write is lost and"
            + " the ring invariant holds (30 seeds)")
    void leavesLoseNoWrites() {
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++) {
            SimCluster cluster = start(seed, 7);
            SplittableRandom random = new SplittableRandom(seed);
            cluster.loop().runUntil(3 * SECOND);
            writeKeys(cluster, 20);
            for (int i = 0; i < 3; i++) { // three leaves one after the other: more than k − 1 = 2
                List<String> ring = oracleRing(cluster);
                String leaver = ring.get(random.nextInt(ring.size()));
                Response r = call(cluster, leaver, new Leave());
                if (!(r instanceof Response.Reply reply && reply.body() instanceof LeaveOk)) {
                    failures.add("seed " + seed + ": leave of " + leaver + " answered " + r);
                }
                cluster.kill(leaver); // a node that left stops, as the churn nemesis does
                cluster.loop().runUntil(cluster.loop().now() + 300 * ChordSim.MS);
            }
            cluster.loop().runUntil(cluster.loop().now() + 3 * SECOND);
            String violation = ringViolation(cluster, random);
            if (violation != null) {
                failures.add("seed " + seed + ": " + violation);
            }
            List<String> live = oracleRing(cluster);
            for (long key = 1; key <= 20; key++) {
                Response r = call(cluster, live.get(random.nextInt(live.size())), new Read(key));
                if (!(r instanceof Response.Reply reply && new ReadOk(key * 10).equals(reply.body()))) {
                    failures.add("seed " + seed + " key " + key + ": " + r);
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
