package io.faultline.p2p.napster;

import static io.faultline.p2p.napster.NapsterSim.DROP_AFTER;
import static io.faultline.p2p.napster.NapsterSim.MS;
import static io.faultline.p2p.napster.NapsterSim.SECOND;
import static io.faultline.p2p.napster.NapsterSim.call;
import static io.faultline.p2p.napster.NapsterSim.runFor;
import static io.faultline.p2p.napster.NapsterSim.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.Message;
import io.faultline.p2p.Hit;
import io.faultline.p2p.Keywords;
import io.faultline.p2p.napster.NapsterMessages.Publish;
import io.faultline.p2p.napster.NapsterMessages.Search;
import io.faultline.p2p.napster.NapsterMessages.SearchOk;
import io.faultline.p2p.napster.NapsterMessages.Unpublish;
import io.faultline.sim.ClientCall;
import io.faultline.sim.SimCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Concurrent publishes and unpublishes while peers and the index crash and restart; once the faults stop and a
 * peer timeout has passed, every search answers exactly what an oracle reads from the live peers' folders: each
 * hit sound (the peer holds the file) and none missing (every live copy found).
 */
class NapsterOracleTest {

    private static final List<String> FILES = List.of("red_song.mp3", "blue-song.ogg", "red.txt", "Blue Moon.wav");
    private static final List<String> KEYWORDS = List.of("red", "blue", "song", "moon", "mp3", "txt");
    private static final int NODES = 6;

    @Test
    @DisplayName("after churn of peers and of the index, searches agree with the live folders (50 seeds)")
    void searchesMatchTheLiveFolders() {
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= 50; seed++) {
            String mismatch = mismatchAfterChurn(seed);
            if (mismatch != null) {
                failures.add("seed " + seed + ": " + mismatch);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    @DisplayName("the same oracle catches each bug switch on some seed of 20")
    void theOracleCatchesTheBugs() {
        for (String bug : List.of(NapsterSystem.NO_DEAD_PEER_REMOVAL, NapsterSystem.NO_UNPUBLISH_NOTICE)) {
            boolean caught = false;
            for (long seed = 1; seed <= 20 && !caught; seed++) {
                caught = mismatchAfterChurn(seed, bug) != null;
            }
            assertThat(caught).as(bug + " caught").isTrue();
        }
    }

    private static String mismatchAfterChurn(long seed, String... bugs) {
        SimCluster cluster = start(seed, NODES, bugs);
        SplittableRandom random = new SplittableRandom(seed);
        for (int step = 0; step < 60; step++) {
            act(cluster, random);
            if (random.nextBoolean()) { // else the next step comes at once: its messages race this one's
                runFor(cluster, random.nextLong(300 * MS));
            }
        }
        restartAllButTheLastPeer(cluster);
        runFor(cluster, DROP_AFTER + 2 * SECOND); // a peer timeout and a heartbeat: restarted peers log in again
        for (String keyword : KEYWORDS) {
            List<Hit> expected = oracle(cluster, keyword);
            Message answer = call(cluster, "n2", new Search(keyword));
            if (!(answer instanceof SearchOk ok) || !ok.hits().equals(expected)) {
                return "search " + keyword + " answered " + answer + ", the live folders hold " + expected;
            }
        }
        return null;
    }

    /** One random step: a publish or unpublish not waited for, or a crash or restart of a peer or the index. */
    private static void act(SimCluster cluster, SplittableRandom random) {
        String node = "n" + (1 + random.nextInt(NODES));
        String file = FILES.get(random.nextInt(FILES.size()));
        int dice = random.nextInt(10);
        if (dice < 2) {
            if (cluster.isRunning(node)) {
                cluster.kill(node);
            } else {
                cluster.start(node);
            }
        } else if (!node.equals("n1") && cluster.isRunning(node)) {
            Message request = dice < 6 ? new Publish(file, "bytes of " + file) : new Unpublish(file);
            ClientCall.send(cluster.client("c1"), node, request, SECOND);
        }
    }

    /** Brings every node back but the last peer, which stays dead: the index must have dropped its entries. */
    private static void restartAllButTheLastPeer(SimCluster cluster) {
        for (int i = 1; i < NODES; i++) {
            if (!cluster.isRunning("n" + i)) {
                cluster.start("n" + i);
            }
        }
        if (cluster.isRunning("n" + NODES)) {
            cluster.kill("n" + NODES);
        }
    }

    /** The hits a perfect index would give: every file of every running peer that matches, in hit order. */
    private static List<Hit> oracle(SimCluster cluster, String keyword) {
        List<Hit> hits = new ArrayList<>();
        for (String peer : cluster.nodes()) {
            if (!peer.equals("n1") && cluster.isRunning(peer)) {
                new SharedFolder(cluster.storage(peer)).names().stream().filter(f -> Keywords.matches(f, keyword))
                        .forEach(f -> hits.add(new Hit(f, peer)));
            }
        }
        hits.sort(Hit.ORDER);
        return hits;
    }
}
