package io.faultline.experiment.chord;

import io.faultline.chord.ChordMessages.Lookup;
import io.faultline.chord.ChordMessages.LookupOk;
import io.faultline.sim.SimCluster;
import io.faultline.workloads.client.ClientTransport;
import io.faultline.workloads.client.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Lookups as a client makes them: a {@code lookup {key}} request to a node, which runs the iterative
 * find_successor of Fig. 5 with real messages and answers with the owner it found and the hops it counted (remote
 * {@code next_hop} asks; 0 when its own tables answer).
 */
final class ClientLookups {

    /** One lookup to make: at node {@code origin}, of lin-kv key {@code key}. */
    record Request(String origin, long key) {
    }

    /**
     * What came back.
     *
     * @param owner        the node the lookup named, or {@code null} if it failed (error or no answer)
     * @param hops         the hops the origin counted; 0 when it failed
     * @param latencyNanos virtual time from request to answer
     */
    record Outcome(Request request, String owner, long hops, long latencyNanos) {
        boolean answered() {
            return owner != null;
        }
    }

    private static final long SPACING_NANOS = 100_000;
    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private ClientLookups() {
    }

    /** Sends the requests 0.1 ms apart in virtual time, runs the simulation until all are answered, in order. */
    static List<Outcome> run(SimCluster cluster, List<Request> requests) {
        ClientTransport client = cluster.client("experiment");
        Outcome[] outcomes = new Outcome[requests.size()];
        int[] answered = {0};
        long start = cluster.loop().now();
        for (int i = 0; i < requests.size(); i++) {
            int slot = i;
            Request request = requests.get(i);
            long sentAt = start + i * SPACING_NANOS;
            cluster.loop().schedule(sentAt, () -> client.request(request.origin(), new Lookup(request.key()),
                    TIMEOUT_NANOS, response -> {
                        outcomes[slot] = outcome(request, response, cluster.loop().now() - sentAt);
                        answered[0]++;
                    }));
        }
        long deadline = start + requests.size() * SPACING_NANOS + 2 * TIMEOUT_NANOS;
        if (!cluster.loop().runUntil(() -> answered[0] == requests.size(), deadline)) {
            throw new IllegalStateException("lookups still unanswered after their timeout: a simulator bug");
        }
        return new ArrayList<>(List.of(outcomes));
    }

    private static Outcome outcome(Request request, Response response, long latencyNanos) {
        if (response instanceof Response.Reply reply && reply.body() instanceof LookupOk ok) {
            return new Outcome(request, ok.owner(), ok.hops(), latencyNanos);
        }
        return new Outcome(request, null, 0, latencyNanos);
    }
}
