package io.faultline.p2p.napster;

import static io.faultline.p2p.napster.NapsterSim.SECOND;
import static io.faultline.p2p.napster.NapsterSim.call;
import static io.faultline.p2p.napster.NapsterSim.index;
import static io.faultline.p2p.napster.NapsterSim.runFor;
import static io.faultline.p2p.napster.NapsterSim.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Leave;
import io.faultline.node.client.LeaveOk;
import io.faultline.p2p.Hit;
import io.faultline.p2p.napster.NapsterMessages.Fetch;
import io.faultline.p2p.napster.NapsterMessages.Publish;
import io.faultline.p2p.napster.NapsterMessages.Search;
import io.faultline.p2p.napster.NapsterMessages.SearchOk;
import io.faultline.p2p.napster.NapsterMessages.Unpublish;
import io.faultline.p2p.napster.NapsterMessages.UnpublishOk;
import io.faultline.runtime.Link;
import io.faultline.sim.ClientCall;
import io.faultline.sim.Latency;
import io.faultline.sim.SimCluster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Withdrawing files: unpublish and logout take a peer's entries out of the index at once. */
class NapsterPublishTest {

    private static List<Hit> hits(SimCluster cluster, String keyword) {
        return ((SearchOk) call(cluster, "n4", new Search(keyword))).hits();
    }

    @Test
    @DisplayName("an unpublished file is no longer a hit, and its peer answers 20 for it")
    void unpublishWithdraws() {
        SimCluster cluster = start(21, 4);
        call(cluster, "n2", new Publish("demo.wav", "d"));
        assertThat(call(cluster, "n2", new Unpublish("demo.wav"))).isEqualTo(new UnpublishOk());
        assertThat(hits(cluster, "demo")).isEmpty();
        assertThat(((ErrorReply) call(cluster, "n3", new Fetch("demo.wav", "n2"))).code()).isEqualTo(20);
        assertThat(((ErrorReply) call(cluster, "n2", new Unpublish("demo.wav"))).code()).as("twice").isEqualTo(20);
    }

    @Test
    @DisplayName("bug no-unpublish-notice: the index keeps listing a withdrawn file, and the hit's fetch answers 20")
    void withdrawnFileStaysListedWithTheBug() {
        SimCluster cluster = start(21, 4, NapsterSystem.NO_UNPUBLISH_NOTICE);
        call(cluster, "n2", new Publish("demo.wav", "d"));
        call(cluster, "n2", new Unpublish("demo.wav"));
        runFor(cluster, 5 * SECOND);
        assertThat(hits(cluster, "demo")).containsExactly(new Hit("demo.wav", "n2"));
        assertThat(((ErrorReply) call(cluster, "n3", new Fetch("demo.wav", "n2"))).code()).isEqualTo(20);
    }

    @Test
    @DisplayName("a peer that leaves logs out: the index drops it at once, and the peer serves nothing more")
    void leaveLogsOut() {
        SimCluster cluster = start(22, 4);
        call(cluster, "n2", new Publish("demo.wav", "d"));
        assertThat(call(cluster, "n2", new Leave())).isEqualTo(new LeaveOk(""));
        assertThat(index(cluster).peers()).containsExactly("n3", "n4");
        assertThat(hits(cluster, "demo")).isEmpty();
        runFor(cluster, 3 * SECOND);
        assertThat(index(cluster).peers()).as("no heartbeat logs it in again").containsExactly("n3", "n4");
        assertThat(((ErrorReply) call(cluster, "n2", new Search("demo"))).code()).isEqualTo(11);
    }

    @Test
    @DisplayName("a publish the index cannot acknowledge is indefinite (0), and the next login after the index's"
            + " restart lists the file")
    void publishWhileIndexDownIsIndefinite() {
        SimCluster cluster = start(23, 4);
        cluster.kill("n1");
        assertThat(((ErrorReply) call(cluster, "n2", new Publish("late.mp3", "l"))).code()).isEqualTo(0);
        cluster.start("n1");
        runFor(cluster, 2 * SECOND);
        assertThat(hits(cluster, "late")).containsExactly(new Hit("late.mp3", "n2"));
    }

    @Test
    @DisplayName("a change that a later one overtakes on the way to the index does not undo it: folder versions"
            + " (20 seeds, a link to the index that reorders)")
    void lateChangesDoNotUndoNewerOnes() {
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            SimCluster cluster = start(seed, 4);
            cluster.net().latency(new Link("n2", "n1"), Latency.uniform(0, 50 * NapsterSim.MS));
            for (String file : List.of("a.mp3", "b.mp3", "c.mp3")) {
                ClientCall.send(cluster.client("c1"), "n2", new Publish(file, "x"), SECOND);
                ClientCall.send(cluster.client("c1"), "n2", new Unpublish(file), SECOND);
            }
            runFor(cluster, 500 * NapsterSim.MS);
            List<Hit> listed = hits(cluster, "mp3");
            List<Hit> held = new SharedFolder(cluster.storage("n2")).names().stream().map(f -> new Hit(f, "n2"))
                    .toList();
            if (!listed.equals(held)) {
                failures.add("seed " + seed + ": the index lists " + listed + ", n2 holds " + held);
            }
        }
        assertThat(failures).isEmpty();
    }
}
