package io.faultline.p2p.napster;

import io.faultline.node.Message;
import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.ClientCall;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;

/** Napster clusters in the simulator for tests: {@code n1} is the index, {@code n2 … nN} are peers. */
final class NapsterSim {

    static final long MS = 1_000_000L;
    static final long SECOND = 1_000 * MS;
    /** The defaults of {@link NapsterConfig}: a peer is dropped after 3 s of silence, found by a sweep each 1 s. */
    static final long DROP_AFTER = 3 * SECOND + 1 * SECOND + 100 * MS;

    private NapsterSim() {
    }

    /** A cluster of {@code nodes} napster nodes whose peers have logged in; every message crosses the JSON codec. */
    static SimCluster start(long seed, int nodes, String... bugs) {
        ClusterSpec spec = ClusterSpec.of(new NapsterSystem(), nodes);
        for (String bug : bugs) {
            spec = spec.withBug(bug);
        }
        SimCluster cluster = new SimRuntime(SimConfig.defaults(seed).withSerialization(true)).start(spec);
        runFor(cluster, 100 * MS);
        return cluster;
    }

    static void runFor(SimCluster cluster, long nanos) {
        cluster.loop().runUntil(cluster.loop().now() + nanos);
    }

    /** A request from the test's client; runs the simulation until the answer or the client's 2 s timeout. */
    static Message call(SimCluster cluster, String node, Message request) {
        ClientCall call = ClientCall.send(cluster.client("c1"), node, request, 2 * SECOND);
        cluster.loop().runUntil(() -> call.response().isPresent(), cluster.loop().now() + 3 * SECOND);
        return call.reply();
    }

    static IndexServer index(SimCluster cluster) {
        return (IndexServer) cluster.nodeObject("n1").orElseThrow();
    }

    static Peer peer(SimCluster cluster, String id) {
        return (Peer) cluster.nodeObject(id).orElseThrow();
    }
}
