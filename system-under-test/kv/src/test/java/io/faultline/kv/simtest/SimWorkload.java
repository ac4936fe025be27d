package io.faultline.kv.simtest;

import io.faultline.node.Message;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.sim.SimCluster;
import io.faultline.workloads.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Closed-loop clients for end-to-end tests: each client reads or writes a random key at a random node,
 * waits for the answer (or its timeout), thinks, and goes again. Written values are unique, so a read
 * names the write it saw. Deterministic from the seed, like the simulator itself.
 */
public final class SimWorkload {

    public static final long MILLIS = 1_000_000L;

    private final SimCluster cluster;
    private final SplittableRandom random;
    private final List<Object> keys;
    private final List<SimOp> history = new ArrayList<>();
    private long nextValue = 1;
    private long timeoutNanos = 1_000 * MILLIS;
    private long thinkNanos = 10 * MILLIS;

    public SimWorkload(SimCluster cluster, long seed, List<Object> keys) {
        this.cluster = cluster;
        this.random = new SplittableRandom(seed);
        this.keys = List.copyOf(keys);
    }

    /** Starts {@code clients} clients that stop issuing operations at {@code untilNanos}. */
    public SimWorkload start(int clients, long untilNanos) {
        for (int i = 1; i <= clients; i++) {
            String client = "c" + i;
            cluster.loop().schedule(cluster.loop().now(), () -> next(client, untilNanos));
        }
        return this;
    }

    /** Issues one operation now and calls {@code then} when it completes; for scripted scenarios. */
    public void invoke(String client, String node, Message request, Runnable then) {
        long invoked = cluster.loop().now();
        cluster.client(client).request(node, request, timeoutNanos, response -> {
            history.add(record(client, node, request, response, invoked));
            then.run();
        });
    }

    /**
     * Issues one operation a millisecond from now (so it strictly follows what came before in real
     * time) and runs the simulation until it completes; returns its record.
     */
    public SimOp run(String node, Message request) {
        cluster.loop().runUntil(cluster.loop().now() + MILLIS);
        int before = history.size();
        invoke("script", node, request, () -> { });
        cluster.loop().runUntil(() -> history.size() > before, cluster.loop().now() + 2 * timeoutNanos);
        return history.get(history.size() - 1);
    }

    public long freshValue() {
        return nextValue++;
    }

    public List<SimOp> history() {
        return List.copyOf(history);
    }

    private void next(String client, long untilNanos) {
        if (cluster.loop().now() >= untilNanos) {
            return;
        }
        Object key = keys.get(random.nextInt(keys.size()));
        Message request = random.nextBoolean() ? new Read(key) : new Write(key, freshValue());
        String node = cluster.nodes().get(random.nextInt(cluster.nodes().size()));
        invoke(client, node, request, () -> cluster.loop().schedule(
                cluster.loop().now() + random.nextLong(1, thinkNanos), () -> next(client, untilNanos)));
    }

    private SimOp record(String client, String node, Message request, Response response, long invoked) {
        long now = cluster.loop().now();
        boolean read = request instanceof Read;
        Object key = read ? ((Read) request).key() : ((Write) request).key();
        Object written = read ? null : ((Write) request).value();
        String f = read ? "read" : "write";
        if (!(response instanceof Response.Reply reply)) {
            return new SimOp(client, f, key, written, invoked, now, SimOp.Outcome.INFO, node);
        }
        return switch (reply.body()) {
            case ReadOk ok -> new SimOp(client, f, key, ok.value(), invoked, now, SimOp.Outcome.OK, node);
            case ErrorReply error when read && error.code() == ErrorCode.KEY_DOES_NOT_EXIST.code() ->
                    new SimOp(client, f, key, null, invoked, now, SimOp.Outcome.OK, node);
            case ErrorReply error -> new SimOp(client, f, key, written, invoked, now,
                    error.isDefinite() ? SimOp.Outcome.FAIL : SimOp.Outcome.INFO, node);
            default -> new SimOp(client, f, key, written, invoked, now, SimOp.Outcome.OK, node);
        };
    }
}
