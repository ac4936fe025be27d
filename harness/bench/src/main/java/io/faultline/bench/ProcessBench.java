package io.faultline.bench;

import io.faultline.node.Message;
import io.faultline.node.NodeFactories;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.process.ProcessCluster;
import io.faultline.process.ProcessRuntime;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.workloads.client.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Client throughput against raft in the process runtime: 3 and 5 node JVMs, every link through Toxiproxy and the
 * same cluster wired directly, all in one run so that the ratios compare like with like on a shared machine.
 * Closed loop: each client sends its next request (alternately a write and a read of its own key, to node
 * {@code client mod n}, followers forwarding to the leader) as soon as the last one is answered; ops/s counts
 * {@code write_ok} and {@code read_ok} in the measured window, after a warm-up.
 *
 * <p>{@code java -cp harness/bench/target/benchmarks.jar io.faultline.bench.ProcessBench [seconds] [clients]
 * [rounds] [bug]} (defaults 10, 8, 2, none). Every raft write, and every read through the log, waits for fsyncs
 * on the leader and a follower, which dominate on a slow disk; {@code no-fsync} as the bug takes the disk out to
 * show the network's share. Needs {@code toxiproxy-server} (see {@code scripts/install-toxiproxy.sh}).
 */
public final class ProcessBench {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private ProcessBench() {
    }

    /** One configuration's measurement. */
    record Result(int nodes, boolean proxied, double opsPerSecond, double p50Millis) {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String bug = args.length > 3 ? args[3] : null;
        System.out.printf(Locale.ROOT, "raft%s, %d closed-loop clients, %d s measured after 3 s of warm-up, %d rounds%n",
                bug == null ? "" : " with bug " + bug, clients, seconds, rounds);
        System.out.println("round  nodes  links        ops/s   p50 ms");
        for (int round = 1; round <= rounds; round++) {
            for (int nodes : List.of(3, 5)) {
                Result proxied = measure(nodes, true, seconds, clients, bug);
                Result direct = measure(nodes, false, seconds, clients, bug);
                print(round, proxied);
                print(round, direct);
                System.out.printf(Locale.ROOT, "%5d  %5d  proxied/direct %.2f%n", round, nodes,
                        proxied.opsPerSecond() / direct.opsPerSecond());
            }
        }
    }

    private static void print(int round, Result result) {
        System.out.printf(Locale.ROOT, "%5d  %5d  %-9s %8.0f %8.2f%n", round, result.nodes(),
                result.proxied() ? "toxiproxy" : "direct", result.opsPerSecond(), result.p50Millis());
    }

    static Result measure(int nodes, boolean proxied, int seconds, int clients, String bug) {
        ClusterSpec raft = ClusterSpec.of(NodeFactories.byName("raft"), nodes);
        ClusterSpec spec = bug == null ? raft : raft.withBug(bug);
        try (ProcessCluster cluster = new ProcessRuntime(RuntimeSettings.quiet(1), proxied).start(spec)) {
            awaitLeader(cluster);
            ClosedLoop load = new ClosedLoop(cluster, clients);
            load.start();
            cluster.loop().runUntil(cluster.loop().now() + 3 * SECOND);
            load.reset();
            long start = cluster.loop().now();
            cluster.loop().runUntil(start + seconds * SECOND);
            double elapsed = (cluster.loop().now() - start) / (double) SECOND;
            return new Result(nodes, proxied, load.completed() / elapsed, load.medianMillis());
        }
    }

    /** Writes through n1 until one succeeds: an election has happened and every link is up. */
    private static void awaitLeader(ProcessCluster cluster) {
        long deadline = cluster.loop().now() + 60 * SECOND;
        while (cluster.loop().now() < deadline) {
            Response[] response = new Response[1];
            cluster.client("warmup").request("n1", new Write("warmup", 0), SECOND, r -> response[0] = r);
            cluster.loop().runUntil(() -> response[0] != null, cluster.loop().now() + 2 * SECOND);
            if (response[0] instanceof Response.Reply reply && reply.body() instanceof WriteOk) {
                return;
            }
            cluster.loop().runUntil(cluster.loop().now() + SECOND / 10);
        }
        throw new IllegalStateException("no leader within 60 s");
    }

    /** Clients that each keep one request in flight; runs on the cluster's event loop. */
    private static final class ClosedLoop {
        private final ProcessCluster cluster;
        private final int clients;
        private long completed;
        private final long[] latencies = new long[1 << 16];
        private int recorded;

        ClosedLoop(ProcessCluster cluster, int clients) {
            this.cluster = cluster;
            this.clients = clients;
        }

        void start() {
            for (int i = 0; i < clients; i++) {
                next(i, 0);
            }
        }

        void reset() {
            completed = 0;
            recorded = 0;
        }

        long completed() {
            return completed;
        }

        double medianMillis() {
            long[] sorted = Arrays.copyOf(latencies, Math.min(recorded, latencies.length));
            Arrays.sort(sorted);
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2] / 1e6;
        }

        private void next(int client, long step) {
            String node = cluster.nodes().get(client % cluster.nodes().size());
            Message request = step % 2 == 0 ? new Write("k" + client, step) : new Read("k" + client);
            long sent = cluster.loop().now();
            cluster.client("c" + client).request(node, request, SECOND, response -> {
                if (response instanceof Response.Reply reply
                        && (reply.body() instanceof WriteOk || reply.body() instanceof ReadOk)) {
                    completed++;
                    if (recorded < latencies.length) {
                        latencies[recorded] = cluster.loop().now() - sent;
                    }
                    recorded++;
                }
                next(client, step + 1);
            });
        }
    }
}
