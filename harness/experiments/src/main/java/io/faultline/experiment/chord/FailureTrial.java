package io.faultline.experiment.chord;

import io.faultline.chord.ChordId;
import io.faultline.experiment.Stopwatch;
import io.faultline.sim.SimCluster;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/** One ring, one simultaneous failure, one batch of lookups, added to a {@link FailedLookupCounts}. */
final class FailureTrial {

    private FailureTrial() {
    }

    /** @param maxLookupSteps chord's {@code max-lookup-steps}: asks (answered or timed out) before a lookup gives up */
    static void run(long seed, int nodes, int killed, int lookups, int maxLookupSteps, FailedLookupCounts tally,
                    Consumer<String> progress) {
        Stopwatch build = Stopwatch.start();
        SplittableRandom random = new SplittableRandom(seed);
        ConvergedRing ring = ConvergedRing.start(seed, ConvergedRing.names(nodes, random.nextLong()),
                ChordSizes.successorListLength(nodes), maxLookupSteps);
        progress.accept("  converged ring of " + nodes + " nodes: " + build);
        SimCluster cluster = ring.cluster();
        List<String> victims = sample(cluster.nodes(), killed, random);
        victims.forEach(cluster::kill);
        Set<String> dead = new HashSet<>(victims);
        List<String> live = cluster.nodes().stream().filter(n -> !dead.contains(n)).toList();
        OracleRing liveRing = OracleRing.of(live);
        List<ClientLookups.Request> requests = new ArrayList<>();
        for (int i = 0; i < lookups; i++) {
            requests.add(new ClientLookups.Request(live.get(random.nextInt(live.size())), random.nextLong()));
        }
        Stopwatch lookupTime = Stopwatch.start();
        List<ClientLookups.Outcome> outcomes = ClientLookups.run(cluster, requests);
        progress.accept("  " + killed + " nodes failed, " + lookups + " lookups: " + lookupTime + ", "
                + cluster.eventsFired() + " simulator events so far");
        for (ClientLookups.Outcome outcome : outcomes) {
            BigInteger key = ChordId.ofKey(outcome.request().key());
            String owner = ring.oracle().owner(key);
            tally.lookups++;
            tally.latencyNanos += outcome.latencyNanos();
            if (outcome.answered()) {
                tally.answered++;
                tally.hops += outcome.hops();
            }
            if (dead.contains(owner)) {
                tally.ownerFailed++;
            } else if (!outcome.answered()) {
                tally.gaveUp++;
            } else if (!owner.equals(outcome.owner())) {
                tally.wrongNode++;
            }
            if (liveRing.owner(key).equals(outcome.owner())) {
                tally.foundLiveOwner++;
            }
        }
    }

    /** {@code count} distinct members of {@code from}, uniformly (a partial Fisher–Yates shuffle). */
    static List<String> sample(List<String> from, int count, SplittableRandom random) {
        List<String> pool = new ArrayList<>(from);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(pool.size() - i);
            String chosen = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, chosen);
        }
        return new ArrayList<>(pool.subList(0, count));
    }
}
