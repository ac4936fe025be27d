package io.faultline.chord;

import io.faultline.chord.ChordMessages.Notify;
import io.faultline.node.Context;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Joining the ring (§4.4, Fig. 6 {@code create} and {@code join}) and joining it again after losing it. The only
 * durable state is a "was a member" flag, so that a restarted bootstrap joins the existing ring instead of
 * creating a second one.
 */
final class Membership {

    /** The timer tag of a join attempt. */
    record JoinTick() { }

    private static final String MEMBER_KEY = "chord/member";

    private final Ring ring;
    private final Lookups lookups;
    private final ChordConfig config;
    private boolean wasMember;
    private int joinAttempt;
    private boolean joining;
    private int mergeTurn;

    Membership(Ring ring, Lookups lookups, ChordConfig config) {
        this.ring = ring;
        this.lookups = lookups;
        this.config = config;
    }

    /** Creates the ring if we are the bootstrap and never were a member; otherwise starts joining. */
    void start(Context ctx) {
        wasMember = ctx.storage().getString(MEMBER_KEY).isPresent();
        if (ring.self.equals(config.bootstrap()) && !wasMember) {
            create(ctx);
        } else {
            ctx.setTimer(0, new JoinTick());
        }
    }

    void onJoinTick(Context ctx) {
        if (!ring.joined && !ring.left) {
            if (!joining) {
                join(ctx);
            }
            ctx.setTimer(config.joinRetryMs() * 1_000_000L, new JoinTick());
        }
    }

    /** Every node we knew is gone: join again through the peers (Fig. 6 join). */
    void rejoin(Context ctx) {
        ctx.log("lost every successor; joining again");
        ring.joined = false;
        joinAttempt = 0;
        ctx.setTimer(config.joinRetryMs() * 1_000_000L, new JoinTick());
    }

    /**
     * The remedy for a split ring. Stabilization only ever moves a successor pointer closer along the ring the
     * node already knows, so two disjoint cycles (after a partition heals) stay apart for ever, as the paper warns.
     * So every {@code merge-check-ms} a member asks the next of its configured peers, in turn, for
     * successor(n + 1) (Fig. 6 join, without leaving), and adopts the answer if it lies between n and n's
     * successor, then notifies it: in a single correct ring the answer is n's own successor and nothing changes.
     */
    void lookForAnotherRing(Context ctx) {
        List<String> peers = ctx.peers();
        if (!ring.joined || peers.isEmpty()) {
            return;
        }
        String via = peers.get(mergeTurn++ % peers.size());
        BigInteger target = ring.selfId.add(BigInteger.ONE).mod(ChordId.RING);
        lookups.find(ctx, target, via, found -> adoptIfCloser(ctx, found.owner()), c -> { });
    }

    private void adoptIfCloser(Context ctx, String candidate) {
        if (!ring.joined || candidate.equals(ring.self)) {
            return;
        }
        String successor = ring.successor().orElse(ring.self);
        if (successor.equals(ring.self) || ChordId.inOpen(ring.id(candidate), ring.selfId, ring.id(successor))) {
            List<String> list = new ArrayList<>(List.of(candidate));
            list.addAll(ring.successors);
            ring.successors = ring.trim(list);
            ring.fingers[0] = candidate;
            ctx.log("found a closer successor " + candidate + " through another ring");
            ctx.send(candidate, new Notify(ring.self));
        }
    }

    /** Fig. 6 create(): predecessor = nil, successor = n. */
    private void create(Context ctx) {
        ring.joined = true;
        ring.predecessor = null;
        ring.successors = new ArrayList<>();
        remember(ctx);
        ctx.log("created the ring");
    }

    private void remember(Context ctx) {
        wasMember = true;
        ctx.storage().putString(MEMBER_KEY, "true");
        ctx.storage().sync();
    }

    /**
     * Fig. 6 join(n'): successor = n'.find_successor(n). We ask for the successor of n + 1 while avoiding n, so
     * that a restarted node is not told that it is its own successor by nodes that still point at it.
     */
    private void join(Context ctx) {
        List<String> order = joinCandidates(ctx);
        if (order.isEmpty()) {
            create(ctx);
            return;
        }
        if (wasMember && ring.self.equals(config.bootstrap()) && joinAttempt >= order.size()) {
            create(ctx); // nobody answered a whole round: we are the only survivor
            return;
        }
        String via = order.get(joinAttempt % order.size());
        joinAttempt++;
        joining = true;
        BigInteger target = ring.selfId.add(BigInteger.ONE).mod(ChordId.RING);
        lookups.find(ctx, target, via, found -> {
            joining = false;
            if (ring.joined || found.owner().equals(ring.self)) {
                return;
            }
            ring.joined = true;
            ring.successors = new ArrayList<>(List.of(found.owner()));
            ring.fingers[0] = found.owner();
            remember(ctx);
            ctx.log("joined through " + via + ", successor " + found.owner());
            ctx.send(found.owner(), new Notify(ring.self));
        }, c -> joining = false);
    }

    private List<String> joinCandidates(Context ctx) {
        List<String> candidates = new ArrayList<>();
        candidates.add(config.bootstrap());
        candidates.addAll(ctx.peers());
        candidates.remove(ring.self);
        return candidates.stream().distinct().toList();
    }
}
