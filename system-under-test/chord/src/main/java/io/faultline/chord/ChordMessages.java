package io.faultline.chord;

import io.faultline.node.Message;
import io.faultline.node.MessageRegistry;
import io.faultline.node.client.ClientRequest;
import java.util.List;

/**
 * Chord's node-to-node messages (one request/reply pair per remote procedure of the paper's Fig. 5 and 6),
 * plus {@code lookup}, which any client may send to ask who owns a key. Node names travel, never identifiers:
 * every node derives an identifier from a name with {@link ChordId#of}. An absent node is {@code ""}.
 */
public final class ChordMessages {

    private ChordMessages() {
    }

    /**
     * One step of an iterative {@code find_successor(target)} (§4.3, Fig. 5): the asked node answers with its
     * successor when {@code target ∈ (n, successor]} ({@code done}), else with its {@code closest_preceding_node},
     * skipping the nodes in {@code avoid} (found dead by the asker).
     */
    public record NextHop(String target, List<String> avoid) implements Message {
    }

    public record NextHopIs(boolean done, String node) implements Message {
    }

    /** Stabilize (Fig. 6): "x = successor.predecessor", and the successor's successor list (§5.2). */
    public record GetPredecessor() implements Message {
    }

    public record PredecessorIs(String predecessor, List<String> successors) implements Message {
    }

    /** Fig. 6: {@code n'} thinks it might be our predecessor. */
    public record Notify(String node) implements Message {
    }

    /** check_predecessor (Fig. 6) and liveness probes. */
    public record Ping() implements Message {
    }

    public record Pong() implements Message {
    }

    /** One stored key: its value and version (a per-key counter, ties broken by the writing node's name). */
    public record Entry(Object key, Object value, long counter, String writer) {
    }

    /**
     * Keys handed over (on join, §4.4: the keys in (predecessor, n] move to n) or replicated (§5.2: on the first
     * k successors). The receiver keeps the newer version of each; with {@code ack} it answers {@link StoreOk}.
     */
    public record Store(List<Entry> entries, boolean ack) implements Message {
    }

    public record StoreOk() implements Message {
    }

    /** A client asks which node owns {@code key}; the answer names the owner and the hops the lookup took. */
    public record Lookup(Object key) implements ClientRequest {
    }

    public record LookupOk(String owner, long hops) implements Message {
    }

    /**
     * §5.3 voluntary departure: {@code node} is leaving and tells its predecessor and successor. The predecessor
     * drops it from its successor list and appends {@code node}'s list; the successor takes {@code predecessor} as
     * its own.
     */
    public record Leaving(String node, String predecessor, List<String> successors) implements Message {
    }

    /** A client asks for a node's view of the ring, to check the ring invariant after quiescence. */
    public record RingState() implements ClientRequest {
    }

    /**
     * A node's view: whether it is in the ring, its predecessor ({@code ""} if none), its successor list, and the
     * nodes it was configured with (itself included, sorted), which is the membership a checker expects.
     */
    public record RingStateOk(String node, boolean joined, String predecessor, List<String> successors,
                              List<String> nodes) implements Message {
    }

    static MessageRegistry register(MessageRegistry registry) {
        return registry
                .register("chord_next_hop", NextHop.class)
                .register("chord_next_hop_is", NextHopIs.class)
                .register("chord_get_predecessor", GetPredecessor.class)
                .register("chord_predecessor_is", PredecessorIs.class)
                .register("chord_notify", Notify.class)
                .register("chord_ping", Ping.class)
                .register("chord_pong", Pong.class)
                .register("chord_store", Store.class)
                .register("chord_store_ok", StoreOk.class)
                .register("lookup", Lookup.class)
                .register("lookup_ok", LookupOk.class)
                .register("chord_leaving", Leaving.class)
                .register("ring_state", RingState.class)
                .register("ring_state_ok", RingStateOk.class);
    }
}
