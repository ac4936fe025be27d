package io.faultline.nemesis;

import io.faultline.node.client.Leave;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.Killable;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One spell of churn, from {@code start-churn} to {@code stop-churn}: the events it made, the nodes it stopped,
 * and the timer chain on the cluster's event loop that makes the next event every period.
 */
final class Churn {

    private static final long LEAVE_TIMEOUT_NANOS = 1_000_000_000L;

    private enum Action { CRASH, LEAVE, JOIN }

    private final Cluster cluster;
    private final Killable nodes;
    private final RandomGenerator random;
    private final long periodNanos;
    private final int minLive;
    private final long startNanos;
    private final List<String> down = new ArrayList<>();
    private final List<String> leaving = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private boolean stopped;

    Churn(Cluster cluster, Killable nodes, RandomGenerator random, long periodNanos, int minLive) {
        this.cluster = cluster;
        this.nodes = nodes;
        this.random = random;
        this.periodNanos = periodNanos;
        this.minLive = minLive;
        this.startNanos = cluster.loop().now();
    }

    /** Makes the first event now and arms the rest; returns the first event. */
    String begin() {
        String first = step();
        scheduleNext();
        return first;
    }

    /**
     * Stops the events and restarts every node churn stopped; a node still leaving is restarted as soon as its
     * leave completes (at most a second later). Returns every event of the spell and what was restarted.
     */
    String finish() {
        stopped = true;
        List<String> restarted = down.stream().sorted().toList();
        restarted.forEach(nodes::start);
        down.clear();
        return events.size() + " events [" + String.join(", ", events) + "]; restarted "
                + (restarted.isEmpty() ? "none" : Targets.join(restarted))
                + (leaving.isEmpty() ? "" : "; restarting when their leave completes: " + Targets.join(leaving));
    }

    private void scheduleNext() {
        cluster.loop().schedule(cluster.loop().now() + periodNanos, () -> {
            if (!stopped) {
                step();
                scheduleNext();
            }
        });
    }

    private String step() {
        List<String> up = cluster.nodes().stream().filter(n -> !down.contains(n) && !leaving.contains(n)).toList();
        List<Action> possible = new ArrayList<>();
        if (up.size() > minLive) {
            possible.add(Action.CRASH);
            possible.add(Action.LEAVE);
        }
        if (!down.isEmpty()) {
            possible.add(Action.JOIN);
        }
        if (possible.isEmpty()) {
            return record("nothing to do");
        }
        return switch (possible.get(random.nextInt(possible.size()))) {
            case CRASH -> crash(up.get(random.nextInt(up.size())));
            case LEAVE -> leave(up.get(random.nextInt(up.size())));
            case JOIN -> join(down.get(random.nextInt(down.size())));
        };
    }

    private String crash(String node) {
        nodes.kill(node);
        down.add(node);
        return record("kill " + node);
    }

    private String join(String node) {
        down.remove(node);
        nodes.start(node);
        return record("join " + node);
    }

    /** Asks the node to leave; once it answered (or did not, within a second) it is stopped. */
    private String leave(String node) {
        leaving.add(node);
        cluster.client("churn").request(node, new Leave(), LEAVE_TIMEOUT_NANOS, response -> {
            leaving.remove(node);
            nodes.kill(node);
            if (stopped) {
                nodes.start(node);
            } else {
                down.add(node);
            }
        });
        return record("leave " + node);
    }

    private String record(String event) {
        String line = "+" + (cluster.loop().now() - startNanos) / 1_000_000 + "ms " + event;
        events.add(line);
        return line;
    }
}
