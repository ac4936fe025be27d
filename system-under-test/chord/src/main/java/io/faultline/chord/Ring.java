package io.faultline.chord;

import io.faultline.chord.ChordMessages.NextHopIs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * This node's view of the ring (§4, §5.2): whether it is a member, its predecessor, its successor list and its
 * finger table, and the purely local steps of routing over them (Fig. 5). No messages are sent from here.
 */
final class Ring {

    final String self;
    final BigInteger selfId;
    private final int successorListLength;
    private final Map<String, BigInteger> ids = new HashMap<>();

    boolean joined;
    /** Left voluntarily (§5.3): takes no further part until restarted, and never rejoins by itself. */
    boolean left;
    String predecessor;
    List<String> successors = new ArrayList<>();
    final String[] fingers = new String[ChordId.BITS];

    Ring(String self, int successorListLength) {
        this.self = self;
        this.selfId = id(self);
        this.successorListLength = successorListLength;
    }

    BigInteger id(String name) {
        return ids.computeIfAbsent(name, ChordId::of);
    }

    Optional<String> successor() {
        return successors.isEmpty() ? Optional.empty() : Optional.of(successors.get(0));
    }

    /** Whether this node owns {@code keyId}: it is in (predecessor, n], or the predecessor is unknown. */
    boolean owns(BigInteger keyId) {
        return predecessor == null || ChordId.inHalfOpen(keyId, id(predecessor), selfId);
    }

    /** The local step of find_successor: done with the successor, or the closest preceding node to ask next. */
    NextHopIs nextHop(BigInteger target, Set<String> avoid) {
        String successor = successors.stream().filter(s -> !avoid.contains(s)).findFirst().orElse(self);
        if (ChordId.inHalfOpen(target, selfId, id(successor))) {
            return new NextHopIs(true, successor);
        }
        String next = closestPrecedingNode(target, avoid);
        return next.equals(self) ? new NextHopIs(true, successor) : new NextHopIs(false, next);
    }

    /** Fig. 5 closest_preceding_node(id), over the finger table and the successor list (§5.2). */
    String closestPrecedingNode(BigInteger target, Set<String> avoid) {
        String best = self;
        BigInteger bestDistance = BigInteger.ZERO;
        List<String> candidates = new ArrayList<>(successors);
        for (String finger : fingers) {
            if (finger != null) {
                candidates.add(finger);
            }
        }
        for (String c : candidates) {
            if (c.equals(self) || avoid.contains(c)) {
                continue;
            }
            BigInteger cid = id(c);
            if (ChordId.inOpen(cid, selfId, target)) {
                BigInteger d = ChordId.distance(selfId, cid);
                if (d.compareTo(bestDistance) > 0) {
                    best = c;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** Forgets a node that did not answer (or left): out of the successor list, the fingers and the predecessor. */
    void suspect(String node) {
        successors.remove(node);
        for (int i = 0; i < fingers.length; i++) {
            if (node.equals(fingers[i])) {
                fingers[i] = null;
            }
        }
        if (node.equals(predecessor)) {
            predecessor = null;
        }
    }

    /**
     * §5.3: {@code node} left with predecessor {@code itsPredecessor} and successor list {@code itsSuccessors}.
     * If it was in our successor list, its successors take its place; if it was our predecessor, its predecessor
     * becomes ours.
     */
    void onLeaving(String node, String itsPredecessor, List<String> itsSuccessors) {
        boolean wasPredecessor = node.equals(predecessor);
        int at = successors.indexOf(node);
        List<String> merged = new ArrayList<>(successors);
        if (at >= 0) {
            merged = new ArrayList<>(successors.subList(0, at));
            merged.addAll(itsSuccessors);
            merged.addAll(successors.subList(at + 1, successors.size()));
        }
        suspect(node);
        successors = trim(merged.stream().filter(s -> !s.equals(node)).toList());
        if (wasPredecessor && !itsPredecessor.isEmpty() && !itsPredecessor.equals(self)) {
            predecessor = itsPredecessor;
        }
    }

    /** {@code list} without blanks, ourselves and repeats, cut to r entries: a successor list (§5.2). */
    List<String> trim(List<String> list) {
        List<String> result = new ArrayList<>();
        for (String s : list) {
            if (!s.isEmpty() && !s.equals(self) && !result.contains(s) && result.size() < successorListLength) {
                result.add(s);
            }
        }
        return result;
    }

    /** The next k − 1 successors, which hold copies of the keys this node owns (§5.2). */
    List<String> replicaTargets(int replicas) {
        return List.copyOf(successors.subList(0, Math.min(successors.size(), replicas - 1)));
    }
}
