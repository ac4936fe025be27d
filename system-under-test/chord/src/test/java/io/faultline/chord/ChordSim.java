package io.faultline.chord;

import io.faultline.chord.ChordMessages.Lookup;
import io.faultline.chord.ChordMessages.LookupOk;
import io.faultline.node.Message;
import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;
import io.faultline.workloads.client.Response;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** Chord clusters in the simulator for tests, and the oracle of the live ring they are checked against. */
final class ChordSim {

    static final long MS = 1_000_000L;
    static final long SECOND = 1_000 * MS;

    private ChordSim() {
    }

    /** A cluster of {@code nodes} chord nodes; {@code options} alternate name and value. */
    static SimCluster start(long seed, int nodes, String... options) {
        return start(SimConfig.defaults(seed), nodes, options);
    }

    static SimCluster start(SimConfig simConfig, int nodes, String... options) {
        ClusterSpec spec = ClusterSpec.of(new ChordSystem(), nodes);
        for (int i = 0; i < options.length; i += 2) {
            spec = spec.withOption(options[i], options[i + 1]);
        }
        return new SimRuntime(simConfig).start(spec);
    }

    static ChordNode node(SimCluster cluster, String id) {
        return (ChordNode) cluster.nodeObject(id).orElseThrow();
    }

    /** The live members in identifier order: the ring as it should be (nodes that left are not members). */
    static List<String> oracleRing(SimCluster cluster) {
        return cluster.nodes().stream().filter(cluster::isRunning).filter(n -> !node(cluster, n).left())
                .sorted(Comparator.comparing(ChordId::of)).toList();
    }

    /** Consistent hashing (§4.2): the first node whose identifier is at or after the key's, wrapping round. */
    static String oracleOwner(List<String> ring, BigInteger key) {
        return ring.stream().filter(n -> ChordId.of(n).compareTo(key) >= 0).findFirst().orElse(ring.get(0));
    }

    /** A request from the test's own client; waits up to 3 s of virtual time. */
    static Response call(SimCluster cluster, String node, Message request) {
        Response[] out = new Response[1];
        cluster.client("script").request(node, request, 2 * SECOND, response -> out[0] = response);
        cluster.loop().runUntil(() -> out[0] != null, cluster.loop().now() + 3 * SECOND);
        return out[0];
    }

    /** The §4 invariants after quiescence; returns a description of the first violation, or null. */
    static String ringViolation(SimCluster cluster, SplittableRandom random) {
        List<String> ring = oracleRing(cluster);
        for (int i = 0; i < ring.size(); i++) {
            String n = ring.get(i);
            String expected = ring.get((i + 1) % ring.size());
            ChordNode chord = node(cluster, n);
            String actual = chord.successor().orElse(n);
            if (!chord.joined() || !actual.equals(expected)) {
                return n + " has successor " + actual + " (joined " + chord.joined() + "), oracle says " + expected
                        + "; ring " + ring + dump(cluster, ring);
            }
        }
        for (int k = 0; k < 10; k++) {
            long key = random.nextLong(1_000);
            String at = ring.get(random.nextInt(ring.size()));
            Response response = call(cluster, at, new Lookup(key));
            if (!(response instanceof Response.Reply reply) || !(reply.body() instanceof LookupOk ok)) {
                return "lookup of " + key + " at " + at + " failed: " + response;
            }
            String expected = oracleOwner(ring, ChordId.ofKey(key));
            if (!ok.owner().equals(expected)) {
                return "lookup of " + key + " at " + at + " gave " + ok.owner() + ", oracle says " + expected;
            }
        }
        return null;
    }

    private static String dump(SimCluster cluster, List<String> ring) {
        StringBuilder dump = new StringBuilder();
        for (String m : ring) {
            ChordNode x = node(cluster, m);
            dump.append("\n  ").append(m).append(" succ=").append(x.successorList()).append(" pred=")
                    .append(x.predecessor().orElse("-"));
        }
        return dump.toString();
    }
}
