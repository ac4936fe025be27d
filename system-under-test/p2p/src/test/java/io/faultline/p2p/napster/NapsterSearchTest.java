package io.faultline.p2p.napster;

import static io.faultline.p2p.napster.NapsterSim.call;
import static io.faultline.p2p.napster.NapsterSim.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.Message;
import io.faultline.node.client.ErrorReply;
import io.faultline.p2p.ContentHash;
import io.faultline.p2p.Hit;
import io.faultline.p2p.napster.NapsterMessages.Fetch;
import io.faultline.p2p.napster.NapsterMessages.FetchOk;
import io.faultline.p2p.napster.NapsterMessages.IndexState;
import io.faultline.p2p.napster.NapsterMessages.IndexStateOk;
import io.faultline.p2p.napster.NapsterMessages.Publish;
import io.faultline.p2p.napster.NapsterMessages.PublishOk;
import io.faultline.p2p.napster.NapsterMessages.Search;
import io.faultline.p2p.napster.NapsterMessages.SearchOk;
import io.faultline.sim.ClientCall;
import io.faultline.sim.SimCluster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The lecture's Napster without faults: search through the index, fetch from the peer, O(1) per search. */
class NapsterSearchTest {

    @Test
    @DisplayName("a peer publishes, another finds it by keyword through the index and fetches it from the peer")
    void publishSearchFetch() {
        SimCluster cluster = start(1, 4);
        assertThat(call(cluster, "n2", new Publish("Free_Bird.mp3", "guitar solo"))).isEqualTo(new PublishOk());

        assertThat(call(cluster, "n3", new Search("BIRD")))
                .isEqualTo(new SearchOk(List.of(new Hit("Free_Bird.mp3", "n2"))));
        assertThat(call(cluster, "n3", new Search("bir"))).as("not a whole word").isEqualTo(new SearchOk(List.of()));
        assertThat(call(cluster, "n3", new Fetch("Free_Bird.mp3", "n2")))
                .isEqualTo(new FetchOk("guitar solo", ContentHash.of("guitar solo")));
        assertThat(call(cluster, "n2", new Fetch("Free_Bird.mp3", "n2"))).as("from itself")
                .isEqualTo(new FetchOk("guitar solo", ContentHash.of("guitar solo")));
    }

    @Test
    @DisplayName("two peers holding copies are both hits; a peer lacking the file answers 20; the index serves no files;"
            + " a request missing a field is 12")
    void copiesAndErrors() {
        SimCluster cluster = start(2, 4);
        call(cluster, "n2", new Publish("song.mp3", "a"));
        call(cluster, "n4", new Publish("song.mp3", "a"));
        assertThat(call(cluster, "n3", new Search("song")))
                .isEqualTo(new SearchOk(List.of(new Hit("song.mp3", "n2"), new Hit("song.mp3", "n4"))));
        assertThat(((ErrorReply) call(cluster, "n2", new Fetch("song.mp3", "n3"))).code()).isEqualTo(20);
        assertThat(((ErrorReply) call(cluster, "n1", new Search("song"))).code()).as("not supported").isEqualTo(10);
        assertThat(((ErrorReply) call(cluster, "n2", new Publish("x.mp3", null))).code()).as("malformed").isEqualTo(12);
        assertThat(((ErrorReply) call(cluster, "n1", new NapsterMessages.Query(null))).code()).isEqualTo(12);
    }

    @Test
    @DisplayName("the lecture: a search costs the same number of messages at N = 5, 20 and 80 (2: query and hits)")
    void searchCostIsConstantInN() {
        Map<Integer, Long> costByN = new LinkedHashMap<>();
        for (int n : List.of(5, 20, 80)) {
            costByN.put(n, messagesPerSearch(n));
        }
        System.out.println("napster: node messages per search by N " + costByN);
        assertThat(costByN.values()).containsOnly(2L);
    }

    /** One file per peer, then one search, counted without letting time pass so that no heartbeat interferes. */
    private static long messagesPerSearch(int n) {
        SimCluster cluster = start(3, n);
        for (int i = 2; i <= n; i++) {
            call(cluster, "n" + i, new Publish("track-" + i + ".mp3", "bytes " + i));
        }
        cluster.deliverInFlight();
        long before = cluster.nodeMessagesSent();
        ClientCall search = ClientCall.send(cluster.client("c1"), "n2", new Search("track"), 2 * NapsterSim.SECOND);
        cluster.deliverInFlight();
        assertThat(((SearchOk) search.reply()).hits()).hasSize(n - 1);
        return cluster.nodeMessagesSent() - before;
    }

    @Test
    @DisplayName("the lecture: the index holds O(N) state, one session and one entry per file of every peer")
    void indexStateGrowsWithN() {
        for (int n : List.of(5, 20, 80)) {
            SimCluster cluster = start(4, n);
            for (int i = 2; i <= n; i++) {
                call(cluster, "n" + i, new Publish("track-" + i + ".mp3", "x"));
            }
            IndexStateOk state = (IndexStateOk) call(cluster, "n1", new IndexState());
            assertThat(state.peers()).isEqualTo(n - 1);
            assertThat(state.entries()).isEqualTo(n - 1);
            assertThat(state.keywords()).as("track, mp3 and one number each").isEqualTo(n + 1);
        }
    }

    @Test
    @DisplayName("the same seed gives the same replies; the run does not depend on hash order or wall time")
    void sameSeedSameReplies() {
        assertThat(script(42)).isEqualTo(script(42)).contains("search_ok 3");
    }

    private static List<String> script(long seed) {
        SimCluster cluster = start(seed, 6);
        List<String> replies = new ArrayList<>();
        for (int i = 2; i <= 4; i++) {
            replies.add(describe(call(cluster, "n" + i, new Publish("live-" + i + ".ogg", "v" + i))));
        }
        cluster.kill("n4");
        NapsterSim.runFor(cluster, 500 * NapsterSim.MS);
        replies.add(describe(call(cluster, "n5", new Search("live"))));
        replies.add(describe(call(cluster, "n6", new Fetch("live-4.ogg", "n4"))));
        replies.add("sent " + cluster.nodeMessagesSent() + " at " + cluster.loop().now());
        return replies;
    }

    private static String describe(Message reply) {
        return reply instanceof SearchOk ok ? "search_ok " + ok.hits().size() : reply.toString();
    }
}
