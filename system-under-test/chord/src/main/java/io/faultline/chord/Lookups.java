package io.faultline.chord;

import io.faultline.chord.ChordMessages.NextHop;
import io.faultline.chord.ChordMessages.NextHopIs;
import io.faultline.node.Context;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Iterative {@code find_successor} (§4.3, Fig. 5): the node that needs an answer asks one node per hop for its
 * next step, and counts the hops (remote asks; a lookup answered from our own tables takes 0).
 */
final class Lookups {

    /** The outcome of a lookup. */
    record Found(String owner, int hops) { }

    private final Ring ring;
    private final Rpcs rpcs;
    private final ChordConfig config;
    private long done;
    private long hops;
    private long failed;

    Lookups(Ring ring, Rpcs rpcs, ChordConfig config) {
        this.ring = ring;
        this.rpcs = rpcs;
        this.config = config;
    }

    /**
     * find_successor(target): starts with our own tables (or at {@code startAt}), asks one node per hop, and on a
     * timeout suspects that node, adds it to the avoid list and starts again from our tables.
     */
    void find(Context ctx, BigInteger target, String startAt, Consumer<Found> onFound, Consumer<Context> onFailed) {
        Set<String> avoid = new LinkedHashSet<>();
        if (startAt != null) {
            avoid.add(ring.self);
        }
        new Run(target, avoid, onFound, onFailed).start(ctx, startAt);
    }

    long done() {
        return done;
    }

    long hops() {
        return hops;
    }

    long failed() {
        return failed;
    }

    private final class Run {
        private final BigInteger target;
        private final Set<String> avoid;
        private final Consumer<Found> onFound;
        private final Consumer<Context> onFailed;
        private int runHops;
        private int steps;

        Run(BigInteger target, Set<String> avoid, Consumer<Found> onFound, Consumer<Context> onFailed) {
            this.target = target;
            this.avoid = avoid;
            this.onFound = onFound;
            this.onFailed = onFailed;
        }

        void start(Context ctx, String startAt) {
            if (startAt != null) {
                ask(ctx, startAt);
                return;
            }
            NextHopIs local = ring.nextHop(target, avoid);
            if (local.done()) {
                finish(local.node());
            } else {
                ask(ctx, local.node());
            }
        }

        private void ask(Context ctx, String node) {
            if (++steps > config.maxLookupSteps()) {
                fail(ctx);
                return;
            }
            NextHop request = new NextHop(ChordId.hex(target), List.copyOf(avoid));
            rpcs.call(ctx, node, request, config.rpcTimeoutMs(), (c, reply) -> {
                runHops++;
                NextHopIs answer = (NextHopIs) reply;
                if (answer.done()) {
                    finish(answer.node());
                } else {
                    ask(c, answer.node());
                }
            }, c -> {
                avoid.add(node);
                ring.suspect(node);
                if (ring.joined) {
                    start(c, null);
                } else {
                    fail(c);
                }
            });
        }

        private void fail(Context ctx) {
            failed++;
            onFailed.accept(ctx);
        }

        private void finish(String owner) {
            done++;
            hops += runHops;
            onFound.accept(new Found(owner, runHops));
        }
    }
}
