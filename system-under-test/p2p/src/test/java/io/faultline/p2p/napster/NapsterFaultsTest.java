package io.faultline.p2p.napster;

import static io.faultline.p2p.napster.NapsterSim.DROP_AFTER;
import static io.faultline.p2p.napster.NapsterSim.SECOND;
import static io.faultline.p2p.napster.NapsterSim.call;
import static io.faultline.p2p.napster.NapsterSim.index;
import static io.faultline.p2p.napster.NapsterSim.runFor;
import static io.faultline.p2p.napster.NapsterSim.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.Message;
import io.faultline.node.client.ErrorReply;
import io.faultline.p2p.Hit;
import io.faultline.p2p.napster.NapsterMessages.Fetch;
import io.faultline.p2p.napster.NapsterMessages.IndexState;
import io.faultline.p2p.napster.NapsterMessages.IndexStateOk;
import io.faultline.p2p.napster.NapsterMessages.Publish;
import io.faultline.p2p.napster.NapsterMessages.Search;
import io.faultline.p2p.napster.NapsterMessages.SearchOk;
import io.faultline.runtime.Grudge;
import io.faultline.sim.SimCluster;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Napster under the faults the lecture names: dead peers, the index as a single point of failure, partitions. */
class NapsterFaultsTest {

    private static final Hit N2_SONG = new Hit("song.mp3", "n2");
    private static final Hit N3_SONG = new Hit("song.mp3", "n3");

    private static SimCluster withTwoCopies(String... bugs) {
        SimCluster cluster = start(11, 5, bugs);
        call(cluster, "n2", new Publish("song.mp3", "la"));
        call(cluster, "n3", new Publish("song.mp3", "la"));
        return cluster;
    }

    private static List<Hit> hits(SimCluster cluster, String at) {
        return ((SearchOk) call(cluster, at, new Search("song"))).hits();
    }

    private static int errorCode(Message reply) {
        return ((ErrorReply) reply).code();
    }

    @Test
    @DisplayName("a crashed peer's entries disappear once it misses heartbeats for peer-timeout-ms")
    void deadPeerIsDropped() {
        SimCluster cluster = withTwoCopies();
        cluster.kill("n2");
        runFor(cluster, 2 * SECOND);
        assertThat(hits(cluster, "n4")).as("still within the timeout").containsExactly(N2_SONG, N3_SONG);
        runFor(cluster, DROP_AFTER - 2 * SECOND);
        assertThat(hits(cluster, "n4")).containsExactly(N3_SONG);
        assertThat(index(cluster).peers()).containsExactly("n3", "n4", "n5");
    }

    @Test
    @DisplayName("bug no-dead-peer-removal: the index keeps a crashed peer, and searches name it")
    void deadPeerStaysWithTheBug() {
        SimCluster cluster = withTwoCopies(NapsterSystem.NO_DEAD_PEER_REMOVAL);
        cluster.kill("n2");
        runFor(cluster, 3 * DROP_AFTER);
        assertThat(hits(cluster, "n4")).containsExactly(N2_SONG, N3_SONG);
        assertThat(errorCode(call(cluster, "n4", new Fetch("song.mp3", "n2")))).as("the hit is dead").isEqualTo(11);
    }

    @Test
    @DisplayName("a fetch from a crashed peer fails with 11 (definite: a fetch changes nothing)")
    void fetchFromDeadPeerFails() {
        SimCluster cluster = withTwoCopies();
        cluster.kill("n3");
        assertThat(errorCode(call(cluster, "n4", new Fetch("song.mp3", "n3")))).isEqualTo(11);
    }

    @Test
    @DisplayName("a restarted peer logs in again with its shared folder, which survived the crash")
    void restartedPeerIsListedAgain() {
        SimCluster cluster = withTwoCopies();
        cluster.kill("n2");
        runFor(cluster, DROP_AFTER);
        cluster.start("n2");
        runFor(cluster, 100 * NapsterSim.MS);
        assertThat(hits(cluster, "n4")).containsExactly(N2_SONG, N3_SONG);
    }

    @Test
    @DisplayName("the lecture's single point of failure: with the index down every search fails (11), after its"
            + " restart the peers log in again at their next heartbeat and searches find every copy")
    void indexCrashAndRecovery() {
        SimCluster cluster = withTwoCopies();
        cluster.kill("n1");
        for (String at : List.of("n2", "n3", "n4", "n5")) {
            assertThat(errorCode(call(cluster, at, new Search("song")))).isEqualTo(11);
        }
        cluster.start("n1");
        assertThat(hits(cluster, "n4")).as("the index forgot everything").isEmpty();
        runFor(cluster, 2 * SECOND + 100 * NapsterSim.MS); // a heartbeat says "unknown", the login follows
        assertThat(hits(cluster, "n4")).containsExactly(N2_SONG, N3_SONG);
        assertThat(((IndexStateOk) call(cluster, "n1", new IndexState())).peers()).isEqualTo(4);
    }

    @Test
    @DisplayName("a peer cut off from the index cannot search, the index drops it after the timeout, and once the"
            + " partition heals the peer logs in again")
    void peerPartitionedFromIndex() {
        SimCluster cluster = withTwoCopies();
        cluster.net().partition(Grudge.components(List.of(List.of("n2"), List.of("n1"))));
        assertThat(errorCode(call(cluster, "n2", new Search("song")))).isEqualTo(11);
        runFor(cluster, DROP_AFTER);
        assertThat(hits(cluster, "n4")).containsExactly(N3_SONG);
        assertThat(call(cluster, "n4", new Fetch("song.mp3", "n2"))).as("peers still reach n2")
                .isInstanceOf(NapsterMessages.FetchOk.class);
        cluster.net().heal();
        runFor(cluster, 2 * SECOND + 100 * NapsterSim.MS);
        assertThat(hits(cluster, "n4")).containsExactly(N2_SONG, N3_SONG);
    }
}
