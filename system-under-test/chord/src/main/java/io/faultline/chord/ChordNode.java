package io.faultline.chord;

import io.faultline.chord.ChordMessages.GetPredecessor;
import io.faultline.chord.ChordMessages.Leaving;
import io.faultline.chord.ChordMessages.Lookup;
import io.faultline.chord.ChordMessages.LookupOk;
import io.faultline.chord.ChordMessages.NextHop;
import io.faultline.chord.ChordMessages.NextHopIs;
import io.faultline.chord.ChordMessages.Notify;
import io.faultline.chord.ChordMessages.Ping;
import io.faultline.chord.ChordMessages.PredecessorIs;
import io.faultline.chord.ChordMessages.Pong;
import io.faultline.chord.ChordMessages.RingState;
import io.faultline.chord.ChordMessages.RingStateOk;
import io.faultline.chord.ChordMessages.Store;
import io.faultline.chord.ChordMessages.StoreOk;
import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Leave;
import io.faultline.node.client.LeaveOk;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * One Chord node (Stoica et al., SIGCOMM 2001), sans-I/O: wires the parts together and dispatches messages and
 * timers to them.
 *
 * <p>{@link Ring} is the node's view of the ring and the local routing step of Fig. 5; {@link Lookups} runs
 * {@code find_successor} iteratively; {@link Membership} creates and joins (Fig. 6); {@link Stabilizer} runs
 * {@code stabilize}, {@code notify}, {@code fix_fingers} and {@code check_predecessor} on timers (with the
 * successor lists of §5.2); {@link KeyStore} and {@link Replication} keep each key on its owner and the next
 * k − 1 successors; {@link ClientRequests} serves lin-kv and {@code lookup}; {@link Departure} leaves voluntarily
 * (§5.3); {@code ring_state} shows a checker the node's view. Ring state is soft and volatile:
 * after a crash the node joins again through its peers.
 */
public final class ChordNode implements Node {

    record Stabilize() { }
    record FixFingers() { }
    record CheckPredecessor() { }
    record Replicate() { }
    record MergeCheck() { }

    private final ChordConfig config;
    private final Ring ring;
    private final Rpcs rpcs = new Rpcs();
    private final KeyStore keys = new KeyStore();
    private final Lookups lookups;
    private final Membership membership;
    private final Stabilizer stabilizer;
    private final Replication replication;
    private final ClientRequests clients;
    private final Departure departure;
    private final List<String> allNodes;

    public ChordNode(NodeConfig nodeConfig) {
        this.config = ChordConfig.from(nodeConfig);
        this.ring = new Ring(nodeConfig.id(), config.successors());
        this.lookups = new Lookups(ring, rpcs, config);
        this.membership = new Membership(ring, lookups, config);
        this.stabilizer = new Stabilizer(ring, rpcs, lookups, keys, membership, config,
                nodeConfig.hasBug(ChordSystem.NO_STABILIZE));
        this.replication = new Replication(ring, keys, rpcs, config);
        this.clients = new ClientRequests(ring, lookups, keys, replication, rpcs, config, nodeConfig.peers());
        this.departure = new Departure(ring, keys, rpcs, config);
        List<String> all = new ArrayList<>(nodeConfig.peers());
        all.add(nodeConfig.id());
        this.allNodes = all.stream().sorted().toList();
    }

    @Override
    public void onStart(Context ctx) {
        membership.start(ctx);
        ctx.setTimer(jitter(ctx, config.stabilizeMs()), new Stabilize());
        ctx.setTimer(jitter(ctx, config.fixFingersMs()), new FixFingers());
        ctx.setTimer(jitter(ctx, config.checkPredecessorMs()), new CheckPredecessor());
        ctx.setTimer(jitter(ctx, config.replicateMs()), new Replicate());
        if (config.mergeCheckMs() > 0) {
            ctx.setTimer(jitter(ctx, config.mergeCheckMs()), new MergeCheck());
        }
    }

    @Override
    public void onTimer(Context ctx, Object tag) {
        switch (tag) {
            case Rpcs.Timeout timeout -> rpcs.onTimeout(ctx, timeout);
            case Membership.JoinTick ignored -> membership.onJoinTick(ctx);
            case Stabilize ignored -> {
                stabilizer.stabilize(ctx);
                ctx.setTimer(config.stabilizeMs() * 1_000_000L, tag);
            }
            case FixFingers ignored -> {
                stabilizer.fixFingers(ctx);
                ctx.setTimer(config.fixFingersMs() * 1_000_000L, tag);
            }
            case CheckPredecessor ignored -> {
                stabilizer.checkPredecessor(ctx);
                ctx.setTimer(config.checkPredecessorMs() * 1_000_000L, tag);
            }
            case Replicate ignored -> {
                replication.push(ctx);
                ctx.setTimer(config.replicateMs() * 1_000_000L, tag);
            }
            case MergeCheck ignored -> {
                membership.lookForAnotherRing(ctx);
                ctx.setTimer(config.mergeCheckMs() * 1_000_000L, tag);
            }
            default -> ctx.log("unknown timer " + tag);
        }
    }

    @Override
    public void onMessage(Context ctx, String from, Message message) {
        if (isReply(message)) {
            rpcs.onReply(ctx, message);
            return;
        }
        switch (message) {
            case NextHop hop -> {
                if (ring.joined) {
                    ctx.reply(ring.nextHop(ChordId.parse(hop.target()), new HashSet<>(hop.avoid())));
                }
            }
            case GetPredecessor ignored -> {
                if (ring.joined) {
                    ctx.reply(new PredecessorIs(ring.predecessor == null ? "" : ring.predecessor,
                            List.copyOf(ring.successors)));
                }
            }
            case Notify notify -> stabilizer.onNotify(ctx, notify.node());
            case Ping ignored -> {
                if (!ring.left) {
                    ctx.reply(new Pong());
                }
            }
            case Store s -> {
                if (!ring.left) { // a node that left must not acknowledge copies it will never serve
                    s.entries().forEach(keys::merge);
                    if (s.ack()) {
                        ctx.reply(new StoreOk());
                    }
                }
            }
            case Leaving l -> {
                if (ring.joined) {
                    ring.onLeaving(l.node(), l.predecessor(), l.successors());
                }
            }
            case Leave ignored -> departure.onLeave(ctx);
            case RingState ignored -> ctx.reply(new RingStateOk(ring.self, ring.joined,
                    ring.predecessor == null ? "" : ring.predecessor, List.copyOf(ring.successors), allNodes));
            case Lookup l -> clients.onLookup(ctx, l);
            case Read r -> clients.onRequest(ctx, from, message, r.key());
            case Write w -> clients.onRequest(ctx, from, message, w.key());
            case Cas c -> clients.onRequest(ctx, from, message, c.key());
            default -> ctx.log("ignoring unexpected " + message.getClass().getSimpleName() + " from " + from);
        }
    }

    private static boolean isReply(Message m) {
        return m instanceof NextHopIs || m instanceof PredecessorIs || m instanceof Pong || m instanceof StoreOk
                || m instanceof ReadOk || m instanceof WriteOk || m instanceof CasOk || m instanceof ErrorReply
                || m instanceof LookupOk || m instanceof LeaveOk || m instanceof RingStateOk;
    }

    private static long jitter(Context ctx, long periodMs) {
        return ctx.random().nextLong(periodMs * 1_000_000L) + 1;
    }

    // ---------------------------------------------------------------- white-box views, for tests

    public boolean joined() {
        return ring.joined;
    }

    /** Whether the node left the ring voluntarily (§5.3) in this life. */
    public boolean left() {
        return ring.left;
    }

    public Optional<String> successor() {
        return ring.successor();
    }

    public List<String> successorList() {
        return List.copyOf(ring.successors);
    }

    public Optional<String> predecessor() {
        return Optional.ofNullable(ring.predecessor);
    }

    public Optional<Object> storedValue(Object key) {
        return keys.get(key).map(KeyStore.Versioned::value);
    }

    public long lookupsDone() {
        return lookups.done();
    }

    public long lookupHops() {
        return lookups.hops();
    }

    public long lookupsFailed() {
        return lookups.failed();
    }
}
