package io.faultline.chord;

import io.faultline.chord.ChordMessages.Entry;
import io.faultline.chord.ChordMessages.GetPredecessor;
import io.faultline.chord.ChordMessages.Notify;
import io.faultline.chord.ChordMessages.Ping;
import io.faultline.chord.ChordMessages.PredecessorIs;
import io.faultline.chord.ChordMessages.Store;
import io.faultline.node.Context;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ring maintenance (Fig. 6 with the successor lists of §5.2): {@code stabilize}, {@code notify},
 * {@code fix_fingers} and {@code check_predecessor}, each called by its own periodic timer.
 */
final class Stabilizer {

    private final Ring ring;
    private final Rpcs rpcs;
    private final Lookups lookups;
    private final KeyStore keys;
    private final Membership membership;
    private final ChordConfig config;
    private final boolean noStabilize;
    private boolean stabilizing;
    private int nextFinger;

    /** @param noStabilize the {@code no-stabilize} bug: successor pointers are never corrected after the join */
    Stabilizer(Ring ring, Rpcs rpcs, Lookups lookups, KeyStore keys, Membership membership, ChordConfig config,
               boolean noStabilize) {
        this.noStabilize = noStabilize;
        this.ring = ring;
        this.rpcs = rpcs;
        this.lookups = lookups;
        this.keys = keys;
        this.membership = membership;
        this.config = config;
    }

    /** Fig. 6 stabilize(), with the successor list of §5.2: a dead successor is replaced by the next one. */
    void stabilize(Context ctx) {
        if (!ring.joined || stabilizing || noStabilize) {
            return;
        }
        if (ring.successors.isEmpty()) {
            if (ring.predecessor != null) {
                ring.successors = new ArrayList<>(List.of(ring.predecessor));
                ctx.send(ring.predecessor, new Notify(ring.self));
            }
            return;
        }
        String successor = ring.successors.get(0);
        stabilizing = true;
        rpcs.call(ctx, successor, new GetPredecessor(), config.rpcTimeoutMs(), (c, reply) -> {
            stabilizing = false;
            adoptSuccessorView(c, successor, (PredecessorIs) reply);
        }, c -> {
            stabilizing = false;
            replaceDeadSuccessor(c, successor);
        });
    }

    /** "x = successor.predecessor; if x ∈ (n, successor) then successor = x", then successor.notify(n). */
    private void adoptSuccessorView(Context ctx, String successor, PredecessorIs answer) {
        List<String> list = new ArrayList<>();
        String x = answer.predecessor();
        if (!x.isEmpty() && !x.equals(ring.self) && ChordId.inOpen(ring.id(x), ring.selfId, ring.id(successor))) {
            list.add(x);
        }
        list.add(successor);
        list.addAll(answer.successors());
        ring.successors = ring.trim(list);
        if (!ring.successors.isEmpty()) {
            ring.fingers[0] = ring.successors.get(0);
            ctx.send(ring.successors.get(0), new Notify(ring.self));
        }
    }

    private void replaceDeadSuccessor(Context ctx, String successor) {
        ring.suspect(successor);
        if (!ring.successors.isEmpty()) {
            return;
        }
        String fallback = ring.closestPrecedingNode(ring.selfId, Set.of());
        if (!fallback.equals(ring.self)) {
            ring.successors.add(fallback);
        } else if (ring.predecessor != null) {
            ring.successors.add(ring.predecessor);
        } else {
            membership.rejoin(ctx);
        }
    }

    /** Fig. 6 notify(n'); a new predecessor receives the keys it now owns (§4.4), and our replicas with them. */
    void onNotify(Context ctx, String candidate) {
        if (!ring.joined || candidate.equals(ring.self)) {
            return;
        }
        if (ring.predecessor != null && !ChordId.inOpen(ring.id(candidate), ring.id(ring.predecessor), ring.selfId)) {
            return;
        }
        ring.predecessor = candidate;
        if (ring.successors.isEmpty()) {
            ring.successors.add(candidate);
        }
        BigInteger pid = ring.id(candidate);
        List<Entry> handoff = keys.entries(keyId -> !ChordId.inHalfOpen(keyId, pid, ring.selfId));
        if (!handoff.isEmpty()) {
            ctx.send(candidate, new Store(handoff, false));
        }
    }

    /** Fig. 6 fix_fingers(): one finger per tick; later fingers that the answer also covers are set with it. */
    void fixFingers(Context ctx) {
        if (!ring.joined || ring.successors.isEmpty()) {
            return;
        }
        int i = nextFinger;
        nextFinger = (nextFinger + 1) % ChordId.BITS;
        lookups.find(ctx, ChordId.fingerStart(ring.selfId, i), null, found -> {
            String owner = found.owner();
            BigInteger ownerId = ring.id(owner);
            ring.fingers[i] = owner.equals(ring.self) ? null : owner;
            int j = i + 1;
            while (j < ChordId.BITS && ChordId.inHalfOpen(ChordId.fingerStart(ring.selfId, j), ring.selfId, ownerId)) {
                ring.fingers[j] = ring.fingers[i];
                j++;
            }
            if (j - 1 > i && j - 1 >= nextFinger) {
                nextFinger = j % ChordId.BITS;
            }
        }, c -> { });
    }

    /** Fig. 6 check_predecessor(). */
    void checkPredecessor(Context ctx) {
        if (ring.predecessor == null) {
            return;
        }
        String p = ring.predecessor;
        rpcs.call(ctx, p, new Ping(), config.rpcTimeoutMs(), (c, reply) -> { }, c -> {
            if (p.equals(ring.predecessor)) {
                ring.predecessor = null;
            }
        });
    }
}
